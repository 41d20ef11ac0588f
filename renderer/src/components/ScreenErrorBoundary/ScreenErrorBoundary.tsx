import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { forgetFailedLoads } from '../../lazyComponent';

interface ScreenErrorBoundaryProps {
  children: ReactNode;
}

interface ScreenErrorBoundaryState {
  error: Error | null;
}

/**
 * Keeps a screen that fails to draw (a bug, or a chunk that cannot be read) from blanking the
 * whole window: the header and the navigation stay, the screen says what happened and offers to
 * try again. Nothing the person saved is touched; it is on disk already. React only catches
 * render errors in a class component. App.tsx keys it by the screen, so opening another screen
 * starts fresh while moving within one keeps the screen's state.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, ScreenErrorBoundaryState> {
  override state: ScreenErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ScreenErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For the developer tools and the logs; the person reads the message on screen.
    console.error('A screen failed to draw:', error, info.componentStack);
  }

  private readonly retry = () => {
    forgetFailedLoads();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <ScreenFailed error={error} onRetry={this.retry} />;
  }
}

/**
 * True when the screen's code itself could not be fetched (Chromium's and other engines' words
 * for a failed dynamic import): the person is told about the app's files, not shown a URL.
 */
export function isMissingCode(error: Error): boolean {
  return /dynamically imported module|importing a module script failed|error loading dynamically imported module/i.test(error.message);
}

function ScreenFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert color="red" role="alert" title={t('app.screenFailedTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{isMissingCode(error) ? t('app.screenCodeMissing') : t('app.screenFailed', { message: error.message })}</Text>
        <Button variant="default" size="xs" onClick={onRetry}>
          {t('app.screenRetry')}
        </Button>
      </Stack>
    </Alert>
  );
}
