import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsHost } from '../../../../renderer/src/components/NotificationsHost/NotificationsHost';
import { theme } from '../../../../renderer/src/theme';

afterEach(() => {
  act(() => notifications.clean());
});

describe('NotificationsHost', () => {
  it('shows a toast raised before it was there, once it is', async () => {
    // The host arrives in a chunk after the first screen: a toast raised meanwhile must not be lost.
    act(() => {
      notifications.show({ message: 'Saved before the host came' });
    });
    render(
      <MantineProvider theme={theme}>
        <NotificationsHost />
      </MantineProvider>,
    );
    expect(await screen.findByText('Saved before the host came')).toBeInTheDocument();
  });

  it('shows a toast raised while it is there', async () => {
    render(
      <MantineProvider theme={theme}>
        <NotificationsHost />
      </MantineProvider>,
    );
    act(() => {
      notifications.show({ message: 'Plan saved' });
    });
    expect(await screen.findByText('Plan saved')).toBeInTheDocument();
  });
});
