import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
});
