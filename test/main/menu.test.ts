import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ builtFrom: template })),
  showMessageBox: vi.fn().mockResolvedValue({ response: 0, checkboxChecked: false }),
}));

vi.mock('electron', () => ({
  Menu: { setApplicationMenu: electron.setApplicationMenu, buildFromTemplate: electron.buildFromTemplate },
  dialog: { showMessageBox: electron.showMessageBox },
}));

import {
  aboutDialogOptions,
  buildMenuTemplate,
  installApplicationMenu,
  showAboutDialog,
} from '../../main/menu';
import type { MenuTemplateOptions } from '../../main/menu';
import { MESSAGES } from '../../core/i18n';
import { ONET_ATTRIBUTION } from '../../core/i18n/onet';

/** The menu's own words in one language (core/i18n/<locale>/menu.ts), by their short name. */
const menuWords = (locale: 'en' | 'fr') =>
  Object.fromEntries(Object.entries(MESSAGES[locale]).filter(([key]) => key.startsWith('menu.')).map(([key, text]) => [key.slice(5), text]));

type Item = MenuItemConstructorOptions;

function template(overrides: Partial<MenuTemplateOptions> = {}): Item[] {
  return buildMenuTemplate({ locale: 'en', isDev: false, isMac: false, onAbout: vi.fn(), ...overrides });
}

function submenu(item: Item | undefined): Item[] {
  return (item?.submenu ?? []) as Item[];
}

function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...allItems(submenu(item))]);
}

function menuNamed(items: Item[], label: string): Item | undefined {
  return items.find((item) => item.label === label);
}

function roles(items: Item[]): string[] {
  return items.map((item) => item.role).filter((role): role is NonNullable<Item['role']> => role !== undefined);
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(template().map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has the app menu first and a Window menu instead of Help on macOS', () => {
    expect(template({ isMac: true }).map((item) => item.label)).toEqual(['Skillgap', 'File', 'Edit', 'View', 'Window']);
  });

  it('ends File with Quit, or with Close Window on macOS where Quit is in the app menu', () => {
    expect(roles(submenu(menuNamed(template(), 'File')))).toEqual(['quit']);
    const mac = template({ isMac: true });
    expect(roles(submenu(menuNamed(mac, 'File')))).toEqual(['close']);
    expect(roles(submenu(mac[0]))).toContain('quit');
  });

  it('lists the standard editing roles', () => {
    expect(roles(submenu(menuNamed(template(), 'Edit')))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen but no reload or developer tools outside development', () => {
    const view = roles(submenu(menuNamed(template(), 'View')));
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(allItems(template()))).not.toContain('toggleDevTools');
    expect(roles(allItems(template()))).not.toContain('reload');
  });

  it('adds reload and developer tools in development', () => {
    const view = roles(submenu(menuNamed(template({ isDev: true }), 'View')));
    expect(view).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it.each([false, true])('has an About item that calls onAbout (macOS: %s)', (isMac) => {
    const onAbout = vi.fn();
    const about = allItems(template({ isMac, onAbout })).filter((item) => item.id === 'about');
    expect(about).toHaveLength(1);
    expect(about[0].label).toBe('About Skillgap');
    (about[0].click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('puts About in the app menu on macOS and in Help elsewhere', () => {
    expect(submenu(template({ isMac: true })[0])[0].id).toBe('about');
    expect(submenu(menuNamed(template(), 'Help'))[0].id).toBe('about');
  });

  it('adds feature commands to the top of File, translated, with their shortcuts', () => {
    const exportPdf = vi.fn();
    const print = vi.fn();
    const fileCommands = [
      { label: 'menu.exportPlanPdf', accelerator: 'CmdOrCtrl+E', click: exportPdf },
      { label: 'menu.print', accelerator: 'CmdOrCtrl+P', enabled: false, click: print },
    ] as const;
    const file = submenu(template({ locale: 'fr', fileCommands })[0]);
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'Exporter le plan en PDF…',
      'Imprimer…',
      'separator',
      'Quitter Skillgap',
    ]);
    expect(file[0].accelerator).toBe('CmdOrCtrl+E');
    expect(file[0].enabled).toBe(true);
    expect(file[1].enabled).toBe(false);
    (file[0].click as () => void)();
    expect(exportPdf).toHaveBeenCalledOnce();
    expect(print).not.toHaveBeenCalled();
  });

  describe.each(['en', 'fr'] as const)('in %s', (locale) => {
    const strings = menuWords(locale);
    const variants = [
      template({ locale }),
      template({ locale, isDev: true }),
      template({ locale, isMac: true, isDev: true }),
    ];

    it('labels every item that is not a separator, roles included', () => {
      for (const items of variants) {
        for (const item of allItems(items)) {
          if (item.type === 'separator') continue;
          expect(item.label, JSON.stringify(item)).toMatch(/\S/);
        }
      }
    });

    it('takes every label from the dictionary of that language', () => {
      const known = new Set([...Object.values(strings), 'Skillgap']);
      for (const items of variants) {
        for (const item of allItems(items)) {
          if (item.label !== undefined) expect(known).toContain(item.label);
        }
      }
    });
  });

  it('speaks French when asked', () => {
    expect(template({ locale: 'fr' }).map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(submenu(menuNamed(template({ locale: 'fr' }), 'Aide'))[0].label).toBe('À propos de Skillgap');
  });
});

describe('aboutDialogOptions', () => {
  it.each(['en', 'fr'] as const)('shows the version and the O*NET attribution (%s)', (locale) => {
    const options = aboutDialogOptions(locale, '1.2.3');
    expect(options.message).toBe('Skillgap');
    expect(options.detail).toContain('Version 1.2.3');
    expect(options.detail).toContain(ONET_ATTRIBUTION);
    expect(options.detail).toContain(menuWords(locale).aboutSummary);
    expect(options.title).toBe(menuWords(locale).about);
    expect(options.buttons).toEqual([menuWords(locale).ok]);
  });

  it('keeps the attribution wording required by the O*NET licence', () => {
    expect(ONET_ATTRIBUTION).toContain('O*NET 29.3 Database');
    expect(ONET_ATTRIBUTION).toContain('USDOL/ETA');
    expect(ONET_ATTRIBUTION).toContain('CC BY 4.0');
    expect(ONET_ATTRIBUTION).toContain('Skillgap has modified all or some of this information.');
  });
});

describe('showAboutDialog', () => {
  beforeEach(() => electron.showMessageBox.mockClear());

  it('opens the About box attached to the window', async () => {
    const window = { id: 1 };
    await showAboutDialog(window as never, 'fr', '0.1.0');
    expect(electron.showMessageBox).toHaveBeenCalledExactlyOnceWith(window, aboutDialogOptions('fr', '0.1.0'));
  });

  it('opens a free-standing About box when there is no window', async () => {
    await showAboutDialog(null, 'en', '0.1.0');
    expect(electron.showMessageBox).toHaveBeenCalledExactlyOnceWith(aboutDialogOptions('en', '0.1.0'));
  });
});

describe('installApplicationMenu', () => {
  it('builds the menu from the template and installs it', () => {
    const options: MenuTemplateOptions = { locale: 'fr', isDev: false, isMac: false, onAbout: vi.fn() };
    installApplicationMenu(options);
    const built = electron.buildFromTemplate.mock.results[0].value;
    // Same menu as the pure template (click handlers are fresh closures, so compare the JSON form).
    expect(JSON.stringify(electron.buildFromTemplate.mock.calls[0][0])).toBe(JSON.stringify(buildMenuTemplate(options)));
    expect(electron.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(built);
  });
});
