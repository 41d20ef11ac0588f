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
 * Whether the page has a transient user activation: Chromium sets it for a few seconds after a
 * click or a key press. jsdom has no navigator.userActivation; Electron's Chromium always has it.
 */
function activatedByPerson(): boolean {
  const activation: UserActivation | undefined = navigator.userActivation;
  return activation === undefined || activation.isActive;
}

/**
 * A link to a web page. The app stays offline, so it never navigates itself: after the person
 * confirms, the main process opens the address in their own browser (and checks it again there:
 * a public address that the data links to, main/security/trusted-url.ts). The request leaves only
 * from the Open button's click handler (a click, or Enter or Space on it), never from an effect.
 */
export function ExternalLink({ url, children, variant = 'link' }: ExternalLinkProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);

  const showFailure = (message: string) =>
    notifications.show({ color: 'red', title: t('external.title'), message: t('external.failed', { message }) });

  // An async function runs up to its first await at once: the request leaves within the handler.
  const send = async () => {
    try {
      const result = await getBridge()['shell:openExternal']({ url });
      if (!result.ok) showFailure(describeError(i18n, result.error));
    } catch (error) {
      showFailure(error instanceof Error ? error.message : String(error));
    }
  };

  /** The Open button's click handler: the request is sent from here or not at all. */
  const open = () => {
    setConfirming(false);
    if (activatedByPerson()) void send();
    else showFailure(t('externalLink.noGesture'));
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
            <Button onClick={open}>{t('action.open')}</Button>
          </Group>
        </Stack>
      </ModalDialog>
    </>
  );
}
