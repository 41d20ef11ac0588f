/**
 * The native menu and the About box. The template is a pure function of the options, so its
 * labels, roles and dev-only items are tested without Electron; only install/show touch it.
 */
import { Menu, dialog } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import type { Locale } from '../core';
import { fillTemplate, menuStrings, ONET_ATTRIBUTION } from './menu-strings';
import type { MenuStringKey, MenuStrings } from './menu-strings';

/**
 * A File menu entry added by a feature (export to PDF, print…). Its label is a key of the
 * menu dictionary, so it exists in every language the menu speaks.
 */
export interface FileCommand {
  label: MenuStringKey;
  accelerator?: string;
  enabled?: boolean;
  click: () => void;
}

export interface MenuTemplateOptions {
  locale: Locale;
  /** Development build: adds Reload and the developer tools. */
  isDev: boolean;
  /** macOS: About, Hide and Quit move to the application menu; a Window menu is added. */
  isMac: boolean;
  onAbout: () => void;
  /** Listed at the top of the File menu, in this order. */
  fileCommands?: readonly FileCommand[];
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const s = menuStrings(options.locale);
  const about: MenuItemConstructorOptions = { id: 'about', label: s.about, click: () => options.onAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push(macAppMenu(s, about));
  template.push(fileMenu(s, options), editMenu(s), viewMenu(s, options.isDev));
  if (options.isMac) {
    template.push({
      label: s.window,
      submenu: [
        { role: 'minimize', label: s.minimize },
        { role: 'zoom', label: s.zoom },
        separator,
        { role: 'front', label: s.bringAllToFront },
      ],
    });
  } else {
    template.push({ label: s.help, submenu: [about] });
  }
  return template;
}

function macAppMenu(s: MenuStrings, about: MenuItemConstructorOptions): MenuItemConstructorOptions {
  return {
    label: 'Skillgap',
    submenu: [
      about,
      separator,
      { role: 'services', label: s.services },
      separator,
      { role: 'hide', label: s.hide },
      { role: 'hideOthers', label: s.hideOthers },
      { role: 'unhide', label: s.showAll },
      separator,
      { role: 'quit', label: s.quit },
    ],
  };
}

function fileMenu(s: MenuStrings, options: MenuTemplateOptions): MenuItemConstructorOptions {
  const commands: MenuItemConstructorOptions[] = (options.fileCommands ?? []).map((command) => ({
    id: command.label,
    label: s[command.label],
    accelerator: command.accelerator,
    enabled: command.enabled ?? true,
    click: () => command.click(),
  }));
  const closing: MenuItemConstructorOptions = options.isMac
    ? { role: 'close', label: s.closeWindow }
    : { role: 'quit', label: s.quit };
  return { label: s.file, submenu: commands.length > 0 ? [...commands, separator, closing] : [closing] };
}

function editMenu(s: MenuStrings): MenuItemConstructorOptions {
  return {
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      separator,
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      separator,
      { role: 'selectAll', label: s.selectAll },
    ],
  };
}

function viewMenu(s: MenuStrings, isDev: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: s.reload }, { role: 'toggleDevTools', label: s.toggleDevTools }, separator]
    : [];
  return {
    label: s.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: s.resetZoom },
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut },
      separator,
      { role: 'togglefullscreen', label: s.toggleFullScreen },
    ],
  };
}

export function aboutDialogOptions(locale: Locale, version: string): MessageBoxOptions {
  const s = menuStrings(locale);
  return {
    type: 'info',
    title: s.about,
    message: 'Skillgap',
    detail: [fillTemplate(s.aboutVersion, { version }), s.aboutSummary, `${s.dataSources}\n${ONET_ATTRIBUTION}`].join('\n\n'),
    buttons: [s.ok],
    defaultId: 0,
    noLink: true,
  };
}

export async function showAboutDialog(parent: BrowserWindow | null, locale: Locale, version: string): Promise<void> {
  const options = aboutDialogOptions(locale, version);
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

export function installApplicationMenu(options: MenuTemplateOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
