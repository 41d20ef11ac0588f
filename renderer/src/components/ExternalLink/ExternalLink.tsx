import { Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { getBridge } from '../../bridge';
import { describeError } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import classes from './ExternalLink.module.css';

interface ExternalLinkProps {
  url: string;
  children: ReactNode;
  /** A text link (default) or a button, for the main link of a page. */
  variant?: 'link' | 'button';
}

/**
 * A link to a web page. The app stays offline, so it never navigates itself: after the person
 * confirms, the main process opens the address in their own browser (and checks it again there).
 */
export function ExternalLink({ url, children, variant = 'link' }: ExternalLinkProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);

  const showFailure = (message: string) =>
    notifications.show({ color: 'red', title: t('external.title'), message: t('external.failed', { message }) });

  const open = async () => {
    setConfirming(false);
    try {
      const result = await getBridge()['shell:openExternal']({ url });
      if (!result.ok) showFailure(describeError(i18n, result.error));
    } catch (error) {
      showFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const label = (
    <>
      {children}{' '}
      <VisuallyHidden>{`(${t('externalLink.opensBrowser')})`}</VisuallyHidden>
    </>
  );

  return (
    <>
      {variant === 'button' ? (
        <Button variant="light" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      ) : (
        <Anchor
          component="button"
          type="button"
          underline="always"
          className={classes.link}
          onClick={() => setConfirming(true)}
        >
          {label}
          <span aria-hidden="true" className={classes.arrow}>
            ↗
          </span>
        </Anchor>
      )}
      <ModalDialog opened={confirming} onClose={() => setConfirming(false)} title={t('external.title')}>
        <Stack gap="md">
          <Text className={classes.url}>{t('external.body', { url })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button onClick={() => void open()}>{t('action.open')}</Button>
          </Group>
        </Stack>
      </ModalDialog>
    </>
  );
}
