/**
 * Words of the native save/open dialogs and of the messages the File menu's print commands show
 * (main speaks these itself; everything else is translated by the renderer). Every locale defines
 * every key: the Record type fails to compile when one is missing.
 */
import type { Locale } from '../core';
import type { ExportKind } from './service/files';

export interface DialogStrings {
  saveTitle: Record<ExportKind, string>;
  filterName: Record<ExportKind, string>;
  importTitle: string;
  importFilter: string;
  noActivePlan: string;
  printFailed: string;
}

export const DIALOG_STRINGS: Record<Locale, DialogStrings> = {
  en: {
    saveTitle: {
      pdf: 'Export the plan as PDF',
      ics: 'Export the plan to a calendar',
      csv: 'Export as a spreadsheet (CSV)',
      json: 'Export all your Skillgap data',
    },
    filterName: { pdf: 'PDF document', ics: 'Calendar (iCalendar)', csv: 'Spreadsheet (CSV)', json: 'Skillgap export' },
    importTitle: 'Import Skillgap data',
    importFilter: 'Skillgap export',
    noActivePlan: 'There is no plan to print yet. Build a plan first, then print it.',
    printFailed: 'The plan could not be printed: {detail}',
  },
  fr: {
    saveTitle: {
      pdf: 'Exporter le plan en PDF',
      ics: 'Exporter le plan vers un agenda',
      csv: 'Exporter en tableur (CSV)',
      json: 'Exporter toutes vos données Skillgap',
    },
    filterName: { pdf: 'Document PDF', ics: 'Agenda (iCalendar)', csv: 'Tableur (CSV)', json: 'Export Skillgap' },
    importTitle: 'Importer des données Skillgap',
    importFilter: 'Export Skillgap',
    noActivePlan: 'Il n’y a pas encore de plan à imprimer. Créez d’abord un plan, puis imprimez-le.',
    printFailed: 'Le plan n’a pas pu être imprimé : {detail}',
  },
};
