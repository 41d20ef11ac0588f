import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { z } from 'zod';
import { useI18n } from '../../i18n';
import { useProblemText } from './EditorModal';
import { validateEntry, type FieldProblem, type FieldProblems } from './fieldProblems';
import { useCatalogWrites, type CatalogEntry } from './useCatalogWrites';

type EntryOf<K extends CatalogEntry['kind']> = Extract<CatalogEntry, { kind: K }>['value'];

export interface EntrySubmit<T> {
  /** For EditorModal: what failed at the last attempt, the attempts so far, and whether a save runs. */
  modal: { problems: FieldProblems; attempt: number; saving: boolean };
  /** The problem to show under a field, by its path. */
  problemText: (path: string, nested?: boolean) => string | undefined;
  /**
   * Checks the candidate with the core schema and the editor's own checks; on a problem, shows each
   * at its field and saves nothing; else saves it, says so under `name`, and hands it to `onSaved`.
   */
  submit: (candidate: unknown, ownChecks: readonly FieldProblem[], name: (entry: T) => string, onSaved: (entry: T) => void) => Promise<void>;
}

/** The save of the role, skill and course editors, one owner for all three. */
export function useEntrySubmit<K extends CatalogEntry['kind']>(kind: K, schema: z.ZodType<EntryOf<K>>): EntrySubmit<EntryOf<K>> {
  const { t } = useI18n();
  const { save } = useCatalogWrites();
  const [problems, setProblems] = useState<FieldProblems>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const problemText = useProblemText(problems);

  const submit: EntrySubmit<EntryOf<K>>['submit'] = async (candidate, ownChecks, name, onSaved) => {
    const result = validateEntry(schema, candidate, ownChecks);
    if (!result.ok) {
      setProblems(result.problems);
      setAttempt((count) => count + 1);
      return;
    }
    setProblems({});
    setSaving(true);
    const saved = await save({ kind, value: result.value } as CatalogEntry);
    setSaving(false);
    if (!saved) return;
    notifications.show({ title: t('catalogEditor.saved.title'), message: t('catalogEditor.saved.body', { name: name(result.value) }) });
    onSaved(result.value);
  };

  return { modal: { problems, attempt, saving }, problemText, submit };
}
