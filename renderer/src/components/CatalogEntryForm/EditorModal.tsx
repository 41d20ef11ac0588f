import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useCallback, useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import classes from './EditorModal.module.css';
import type { FieldProblems } from './fieldProblems';

interface EditorModalProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  saving: boolean;
  problems: FieldProblems;
  /** Whether a field of the form shows this path's problem next to itself. */
  isShownInline: (path: string) => boolean;
  /** Changes on every submit attempt so focus moves to the first field in error each time. */
  attempt: number;
  children: ReactNode;
}

/** The frame shared by the role, skill and course editors: a modal form with Cancel and Save. */
export function EditorModal({ title, onClose, onSubmit, saving, problems, isShownInline, attempt, children }: EditorModalProps) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const elsewhere = Object.values(problems).filter((problem) => !isShownInline(problem.path));

  // After a failed save, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt, problems]);

  const submit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      onSubmit();
    },
    [onSubmit],
  );

  return (
    <ModalDialog opened onClose={onClose} title={title} size="xl">
      <form ref={formRef} onSubmit={submit} noValidate className={classes.form}>
        <Stack gap="md">
          {children}
          {elsewhere.length > 0 && (
            <Alert color="red" title={t('catalogEditor.error.elsewhere')} role="alert">
              <List size="sm">
                {elsewhere.map((problem) => (
                  <List.Item key={problem.path}>
                    {problem.path}: {t(problem.key, problem.params)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ModalDialog>
  );
}

/**
 * (path) => the translated problem of that field, for the `error` prop of Mantine inputs. With
 * `nested`, a problem of one item (e.g. "hubs.2") shows on the list field ("hubs") itself.
 */
export function useProblemText(problems: FieldProblems): (path: string, nested?: boolean) => string | undefined {
  const { t } = useI18n();
  return (path, nested = false) => {
    const problem =
      problems[path] ??
      (nested ? Object.values(problems).find((candidate) => candidate.path.startsWith(`${path}.`)) : undefined);
    return problem ? t(problem.key, problem.params) : undefined;
  };
}

/** Whether a path is one of the given fields or an item inside one of them. */
export function isPathWithin(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => path === field || path.startsWith(`${field}.`));
}
