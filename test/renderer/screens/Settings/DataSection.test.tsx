import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyStoreData, ok } from '../../../../core';
import type { BackupInfo, ImportPreview } from '../../../../preload/channels';
import { AppDataProvider, loadAppData } from '../../../../renderer/src/data/AppDataProvider';
import { I18nProvider } from '../../../../renderer/src/i18n';
import { DataSection } from '../../../../renderer/src/screens/Settings/DataSection';
import { theme } from '../../../../renderer/src/theme';
import type { FakeBridge } from '../../fakeBridge';
import { installFakeBridge } from '../../render';
import { printPlan, printProfile } from '../Print/printFixtures';

beforeEach(() => notifications.clean());

const TOKEN = '2f1c9a7e-4b1d-4c6e-9a8f-0e5d3b7c1a2f';

function preview(): ImportPreview {
  const none = { added: 0, replaced: 0, removed: 0, unchanged: 0 };
  return {
    token: TOKEN,
    fileName: 'skillgap-export-2026-11-20.json',
    exportedAt: '2026-11-20T10:00:00.000Z',
    appVersion: '0.1.0',
    summary: {
      profile: 'replaced',
      incomingProfileName: 'Léa F.',
      settingsChanged: true,
      plans: { added: 1, replaced: 0, removed: 2, unchanged: 0 },
      progress: { added: 12, replaced: 0, removed: 0, unchanged: 3 },
      customRoles: none,
      customSkills: none,
      customCourses: none,
    },
  };
}

const backup = (name: string, createdAt: string, reason: BackupInfo['reason']): BackupInfo => ({ name, createdAt, sizeBytes: 5120, reason });

/** Like renderWithProviders, with a chance to set the fake bridge's answers before the first render. */
async function setup(
  settings: { locale: 'en' | 'fr'; colorScheme: 'light'; paperSize?: 'a4' | 'letter' } = { locale: 'en', colorScheme: 'light' },
  prepare: (bridge: FakeBridge['bridge']) => void = () => {},
) {
  const plan = printPlan();
  const fake = installFakeBridge({ data: { profile: printProfile, plans: [plan], activePlanId: plan.id, settings } });
  prepare(fake.bridge);
  const initial = await loadAppData();
  if (initial.kind !== 'ready') throw new Error('the fake bridge did not load');
  render(
    <AppDataProvider initial={initial}>
      <MantineProvider theme={theme}>
        <Notifications />
        <I18nProvider locale={initial.data.settings.locale}>
          <DataSection />
        </I18nProvider>
      </MantineProvider>
    </AppDataProvider>,
  );
  // The backups are listed after the first render: wait for the list (or its empty or failed
  // state) so that update lands inside the test, not after it.
  await waitFor(() =>
    expect(
      screen.queryByTestId('backups-table') ?? screen.queryByText(/^(No backup yet|Pas encore de sauvegarde|The backups could not be listed|Impossible d’afficher les sauvegardes)/),
    ).not.toBeNull(),
  );
  return { fake, plan, user: userEvent.setup() };
}

describe('DataSection', () => {
  it('offers A4 and US Letter, defaulting from the language, and saves the choice', async () => {
    const { fake, user } = await setup();
    // jsdom's navigator.language is en-US: Letter until the person picks.
    expect(screen.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    await waitFor(() => expect(fake.stored().settings.paperSize).toBe('a4'));
  });

  it('defaults to A4 in French', async () => {
    await setup({ locale: 'fr', colorScheme: 'light' });
    expect(screen.getByRole('radio', { name: 'A4' })).toBeChecked();
  });

  it('exports all data and says where the file went', async () => {
    const { fake, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Export all data…' }));
    expect(fake.bridge['data:export']).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Saved to /home/test/skillgap-export.json')).toBeInTheDocument();
  });

  it('shows what an import changes, applies it on Confirm, and undoes it from the notification', async () => {
    const { fake, user } = await setup();
    vi.mocked(fake.bridge['data:importPreview']).mockResolvedValueOnce(ok(preview()));
    vi.mocked(fake.bridge['data:importApply']).mockResolvedValueOnce(ok({ backupName: 'skillgap-20261124-100000-000-before-import.json' }));
    vi.mocked(fake.bridge['backups:restore']).mockResolvedValueOnce(ok(emptyStoreData()));
    await user.click(screen.getByRole('button', { name: 'Import data…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Import this file?' });
    const summary = within(dialog).getByTestId('import-summary');
    expect(summary).toHaveTextContent('Replaces your profile with that of Léa F.');
    expect(summary).toHaveTextContent('Plans: 1 added, 0 changed, 2 removed, 0 unchanged.');
    expect(summary).toHaveTextContent('Progress entries: 12 added');
    expect(summary).not.toHaveTextContent('Your courses');
    expect(fake.bridge['data:importApply']).not.toHaveBeenCalled();

    const loadsBefore = vi.mocked(fake.bridge['store:load']).mock.calls.length;
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
    expect(fake.bridge['data:importApply']).toHaveBeenCalledWith({ token: TOKEN });
    expect(await screen.findByText('Your data was imported.')).toBeInTheDocument();
    expect(vi.mocked(fake.bridge['store:load']).mock.calls.length).toBeGreaterThan(loadsBefore);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(fake.bridge['backups:restore']).toHaveBeenCalledWith({ name: 'skillgap-20261124-100000-000-before-import.json' }),
    );
  });

  it('does nothing when the import is cancelled, and Cancel in the summary applies nothing', async () => {
    const { fake, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Import data…' }));
    await waitFor(() => expect(fake.bridge['data:importPreview']).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    vi.mocked(fake.bridge['data:importPreview']).mockResolvedValueOnce(ok(preview()));
    await user.click(screen.getByRole('button', { name: 'Import data…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(fake.bridge['data:importApply']).not.toHaveBeenCalled();
  });

  it('lists backups, restores one after asking, and Undo restores the newest before-restore backup', async () => {
    const listed = [
      backup('skillgap-20261124-090000-000-scheduled.json', '2026-11-24T09:00:00.000Z', 'scheduled'),
      backup('skillgap-20261123-080000-000-before-import.json', '2026-11-23T08:00:00.000Z', 'before-import'),
    ];
    const afterRestore = [backup('skillgap-20261124-101500-000-before-restore.json', '2026-11-24T10:15:00.000Z', 'before-restore'), ...listed];
    const { fake, user } = await setup({ locale: 'en', colorScheme: 'light' }, (bridge) => {
      vi.mocked(bridge['backups:list']).mockResolvedValue(ok(listed));
      vi.mocked(bridge['backups:restore']).mockResolvedValue(ok(emptyStoreData()));
    });

    const table = await screen.findByTestId('backups-table');
    expect(within(table).getByText('Before an import')).toBeInTheDocument();
    expect(within(table).getAllByText('5 kB')).toHaveLength(2);

    const restoreButtons = within(table).getAllByRole('button', { name: /Restore the backup of/ });
    await user.click(restoreButtons[1]);
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(fake.bridge['backups:restore']).not.toHaveBeenCalled();
    vi.mocked(fake.bridge['backups:list']).mockResolvedValue(ok(afterRestore));
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(fake.bridge['backups:restore']).toHaveBeenCalledWith({ name: 'skillgap-20261123-080000-000-before-import.json' });
    expect(await screen.findByText(/was restored/)).toBeInTheDocument();
    expect(await within(screen.getByTestId('backups-table')).findByText('Before a restore')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(fake.bridge['backups:restore']).toHaveBeenLastCalledWith({ name: 'skillgap-20261124-101500-000-before-restore.json' }),
    );
    expect(await screen.findByText('Your data is back as it was before the restore.')).toBeInTheDocument();
  });

  it('exports the gap table of each target role and offers the active plan’s exports', async () => {
    const { fake, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Gap table for AI engineer (.csv)…' }));
    expect(fake.bridge['gaps:exportCsv']).toHaveBeenCalledWith({ roleId: 'ai-engineer' });
    expect(screen.getByRole('button', { name: 'Gap table for Data annotator (.csv)…' })).toBeInTheDocument();
    expect(screen.getByText('Active plan: Into AI by summer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export or print this plan' })).toBeInTheDocument();
  });
});
