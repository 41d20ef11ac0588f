import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExternalLink } from '../../../../renderer/src/components/ExternalLink/ExternalLink';
import { renderWithProviders } from '../../render';

const URL = 'https://www.onetonline.org/link/summary/15-1221.00';

async function renderLink(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const rendered = await renderWithProviders(<ExternalLink url={URL}>O*NET summary</ExternalLink>, options);
  return { ...rendered, user: userEvent.setup() };
}

describe('ExternalLink', () => {
  it('says it opens the browser and is a button, not a navigation', async () => {
    await renderLink();
    const link = screen.getByRole('button', { name: 'O*NET summary (opens in your web browser)' });
    expect(link).not.toHaveAttribute('href');
  });

  it('asks before opening the address in the system browser', async () => {
    const { user, fake } = await renderLink();
    await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Open in your browser?' });
    expect(dialog).toHaveTextContent(`This opens ${URL} in your web browser. Skillgap itself stays offline.`);
    expect(fake.bridge['shell:openExternal']).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(fake.bridge['shell:openExternal']).toHaveBeenCalledTimes(1);
    expect(fake.bridge['shell:openExternal']).toHaveBeenCalledWith({ url: URL });
  });

  it('opens nothing when the person cancels', async () => {
    const { user, fake } = await renderLink();
    await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Open in your browser?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.bridge['shell:openExternal']).not.toHaveBeenCalled();
  });

  it('tells the person when the address could not be opened', async () => {
    const { user, fake } = await renderLink();
    fake.bridge['shell:openExternal'] = async () => ({
      ok: false,
      error: { code: 'invalid-payload', message: 'only http(s) addresses open' },
    });
    await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Open in your browser?' });
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(
      await screen.findByText('The link could not be opened: Some data was not accepted: only http(s) addresses open'),
    ).toBeInTheDocument();
  });

  describe('with Chromium’s user activation', () => {
    const activation = { isActive: false };
    beforeEach(() => Object.defineProperty(navigator, 'userActivation', { value: activation, configurable: true }));
    afterEach(() => Reflect.deleteProperty(navigator, 'userActivation'));

    it('sends nothing when the page has no click or key press of the person behind it', async () => {
      const { user, fake } = await renderLink();
      await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
      const dialog = await screen.findByRole('dialog', { name: 'Open in your browser?' });
      activation.isActive = false;
      await user.click(within(dialog).getByRole('button', { name: 'Open' }));
      expect(
        await screen.findByText(
          'The link could not be opened: a link opens only from a click or a key press on its Open button. Try again.',
        ),
      ).toBeInTheDocument();
      expect(fake.bridge['shell:openExternal']).not.toHaveBeenCalled();
    });

    it('sends the request from the Open button’s handler while the activation lasts, by click or key', async () => {
      const { user, fake } = await renderLink();
      activation.isActive = true;
      await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Open' }));
      expect(fake.bridge['shell:openExternal']).toHaveBeenCalledExactlyOnceWith({ url: URL });

      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await user.click(screen.getByRole('button', { name: /O\*NET summary/ }));
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Open' }).focus();
      await user.keyboard('{Enter}');
      expect(fake.bridge['shell:openExternal']).toHaveBeenCalledTimes(2);
    });
  });

  it('asks in French', async () => {
    const { user } = await renderLink({ data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    await user.click(screen.getByRole('button', { name: 'O*NET summary (s’ouvre dans votre navigateur web)' }));
    expect(await screen.findByRole('dialog', { name: 'Ouvrir dans votre navigateur ?' })).toBeInTheDocument();
  });
});
