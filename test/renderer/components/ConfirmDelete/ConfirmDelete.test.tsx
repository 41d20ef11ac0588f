import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { ConfirmDelete } from '../../../../renderer/src/components/ConfirmDelete/ConfirmDelete';
import { renderWithProviders } from '../../render';

describe('ConfirmDelete', () => {
  it('says what will happen and calls back only for the chosen answer', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    await renderWithProviders(
      <ConfirmDelete opened title="Delete “Prompt lead”?" onConfirm={onConfirm} onCancel={onCancel}>
        It will be removed.
      </ConfirmDelete>,
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Prompt lead”?' });
    expect(dialog).toHaveTextContent('It will be removed.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('uses the label it is given for the destructive button', async () => {
    await renderWithProviders(
      <ConfirmDelete opened title="Reset?" confirmLabel="Reset to built-in" onConfirm={() => {}} onCancel={() => {}}>
        Your changes will be discarded.
      </ConfirmDelete>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reset?' });
    expect(within(dialog).getByRole('button', { name: 'Reset to built-in' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
