/**
 * The real file dialogs behind FileDialogs (main/service/files.ts): each offers only the kind's
 * extension, starts in the Documents folder, and is attached to the main window when there is one.
 */
import path from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Locale } from '../core';
import { createTranslator } from '../core/i18n';
import { EXPORT_EXTENSIONS, type FileDialogs } from './service/files';

export interface NativeDialogOptions {
  parent: () => BrowserWindow | null;
  locale: () => Locale;
  /** app.getPath('documents'). */
  documentsDirectory: () => string;
}

export function createNativeDialogs(options: NativeDialogOptions): FileDialogs {
  return {
    async chooseSavePath({ kind, suggestedName }) {
      const t = createTranslator(options.locale());
      const settings = {
        title: t(`dialog.saveTitle.${kind}`),
        defaultPath: path.join(options.documentsDirectory(), suggestedName),
        filters: [{ name: t(`dialog.filterName.${kind}`), extensions: [EXPORT_EXTENSIONS[kind]] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = options.parent();
      const result = await (parent ? dialog.showSaveDialog(parent, settings) : dialog.showSaveDialog(settings));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportFile() {
      const t = createTranslator(options.locale());
      const settings = {
        title: t('dialog.importTitle'),
        defaultPath: options.documentsDirectory(),
        filters: [{ name: t('dialog.importFilter'), extensions: ['json'] }],
        properties: ['openFile'] as Array<'openFile'>,
      };
      const parent = options.parent();
      const result = await (parent ? dialog.showOpenDialog(parent, settings) : dialog.showOpenDialog(settings));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
