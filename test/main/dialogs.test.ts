const electron = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
}));

vi.mock('electron', () => ({ dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog } }));

import { createNativeDialogs } from '../../main/dialogs';

const parent = { id: 1 } as never;

function dialogs(locale: 'en' | 'fr' = 'en', withParent = true) {
  return createNativeDialogs({ parent: () => (withParent ? parent : null), locale: () => locale, documentsDirectory: () => '/home/ines/Documents' });
}

beforeEach(() => {
  electron.showSaveDialog.mockReset();
  electron.showOpenDialog.mockReset();
});

describe('native file dialogs', () => {
  it('offers only the kind’s extension, starting in Documents with the suggested name', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ines/Documents/plan.ics' });
    expect(await dialogs('fr').chooseSavePath({ kind: 'ics', suggestedName: 'plan.ics' })).toBe('/home/ines/Documents/plan.ics');
    const [owner, options] = electron.showSaveDialog.mock.calls[0];
    expect(owner).toBe(parent);
    expect(options).toMatchObject({
      title: 'Exporter le plan vers un agenda',
      defaultPath: '/home/ines/Documents/plan.ics',
      filters: [{ name: 'Agenda (iCalendar)', extensions: ['ics'] }],
    });
  });

  it('answers null when the person cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await dialogs('en', false).chooseSavePath({ kind: 'pdf', suggestedName: 'plan.pdf' })).toBeNull();
    expect(electron.showSaveDialog.mock.calls[0]).toHaveLength(1);
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await dialogs().chooseImportFile()).toBeNull();
  });

  it('opens one JSON file to import', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/ines/export.json'] });
    expect(await dialogs().chooseImportFile()).toBe('/home/ines/export.json');
    expect(electron.showOpenDialog.mock.calls[0][1]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['json'] }] });
  });
});
