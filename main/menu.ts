/**
 * The native menu and the About box. The template is a pure function of the options, so its
 * labels, roles and dev-only items are tested without Electron; only install/show touch it.
 */
import { Menu, dialog } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import type { Locale } from '../core';
import { createTranslator, type MessageKey, type Translate } from '../core/i18n';
import { ONET_ATTRIBUTION } from '../core/i18n/onet';

/** The keys of the menu's own words (core/i18n/en/menu.ts). */
export type MenuKey = Extract<MessageKey, `menu.${string}`>;

/**
 * A File menu entry added by a feature (export to PDF, print…). Its label is a key of the
 * menu dictionary, so it exists in every language the menu speaks.
 */
export interface FileCommand {
  label: MenuKey;
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
  const t = createTranslator(options.locale);
  const about: MenuItemConstructorOptions = { id: 'about', label: t('menu.about'), click: () => options.onAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push(macAppMenu(t, about));
  template.push(fileMenu(t, options), editMenu(t), viewMenu(t, options.isDev));
  if (options.isMac) {
    template.push({
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'zoom', label: t('menu.zoom') },
        separator,
        { role: 'front', label: t('menu.bringAllToFront') },
      ],
    });
  } else {
    template.push({ label: t('menu.help'), submenu: [about] });
  }
  return template;
}

function macAppMenu(t: Translate, about: MenuItemConstructorOptions): MenuItemConstructorOptions {
  return {
    label: 'Skillgap',
    submenu: [
      about,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  };
}

function fileMenu(t: Translate, options: MenuTemplateOptions): MenuItemConstructorOptions {
  const commands: MenuItemConstructorOptions[] = (options.fileCommands ?? []).map((command) => ({
    id: command.label,
    label: t(command.label),
    accelerator: command.accelerator,
    enabled: command.enabled ?? true,
    click: () => command.click(),
  }));
  const closing: MenuItemConstructorOptions = options.isMac
    ? { role: 'close', label: t('menu.closeWindow') }
    : { role: 'quit', label: t('menu.quit') };
  return { label: t('menu.file'), submenu: commands.length > 0 ? [...commands, separator, closing] : [closing] };
}

function editMenu(t: Translate): MenuItemConstructorOptions {
  return {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      separator,
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
}

function viewMenu(t: Translate, isDev: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t('menu.reload') }, { role: 'toggleDevTools', label: t('menu.toggleDevTools') }, separator]
    : [];
  return {
    label: t('menu.view'),
    submenu: [
      ...developer,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };
}

export function aboutDialogOptions(locale: Locale, version: string): MessageBoxOptions {
  const t = createTranslator(locale);
  return {
    type: 'info',
    title: t('menu.about'),
    message: 'Skillgap',
    detail: [t('menu.aboutVersion', { version }), t('menu.aboutSummary'), `${t('menu.dataSources')}\n${ONET_ATTRIBUTION}`].join('\n\n'),
    buttons: [t('menu.ok')],
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
