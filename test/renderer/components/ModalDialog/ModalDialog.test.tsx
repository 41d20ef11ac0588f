import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { ModalDialog } from '../../../../renderer/src/components/ModalDialog/ModalDialog';
import { renderWithProviders } from '../../render';

describe('ModalDialog', () => {
  it('is a dialog named by its title, with no second banner inside', async () => {
    await renderWithProviders(
      <ModalDialog opened onClose={() => {}} title="Open in your browser?">
        Body text
      </ModalDialog>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Open in your browser?' });
    expect(dialog).toHaveTextContent('Body text');
    expect(dialog.querySelector('header')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Open in your browser?' })).toBeInTheDocument();
  });

  it('closes from its labelled close button', async () => {
    const onClose = vi.fn();
    await renderWithProviders(
      <ModalDialog opened onClose={onClose} title="Title">
        Body
      </ModalDialog>,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('mounts nothing until it first opens, then opens and closes like any dialog', async () => {
    function Opener() {
      const [opened, setOpened] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpened(true)}>
            Open
          </button>
          <ModalDialog opened={opened} onClose={() => setOpened(false)} title="Leave the app?">
            <p data-testid="body">Body</p>
          </ModalDialog>
        </>
      );
    }
    const user = userEvent.setup();
    // Never opened, the dialog's machinery (its window key listener, portal, focus trap and
    // transition) is not there at all: a page can hold dozens of closed dialogs.
    const listen = vi.spyOn(window, 'addEventListener');
    const keyListeners = () => listen.mock.calls.filter(([type]) => type === 'keydown').length;
    await renderWithProviders(<Opener />);
    expect(keyListeners()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('dialog', { name: 'Leave the app?' })).toHaveTextContent('Body');
    expect(keyListeners()).toBeGreaterThan(0);
    listen.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('dialog', { name: 'Leave the app?' })).toBeInTheDocument();
  });
});
