import type { Translation } from '../define';
import type { dialogMessages as en } from '../en/dialogs';

export const dialogMessages: Translation<typeof en> = {
  'dialog.saveTitle.pdf': 'Exporter le plan en PDF',
  'dialog.saveTitle.ics': 'Exporter le plan vers un agenda',
  'dialog.saveTitle.csv': 'Exporter en tableur (CSV)',
  'dialog.saveTitle.json': 'Exporter toutes vos données Skillgap',
  'dialog.filterName.pdf': 'Document PDF',
  'dialog.filterName.ics': 'Agenda (iCalendar)',
  'dialog.filterName.csv': 'Tableur (CSV)',
  'dialog.filterName.json': 'Export Skillgap',
  'dialog.importTitle': 'Importer des données Skillgap',
  'dialog.importFilter': 'Export Skillgap',
  'dialog.noActivePlan': 'Il n’y a pas encore de plan à imprimer. Créez d’abord un plan, puis imprimez-le.',
  'dialog.printFailed': 'Le plan n’a pas pu être imprimé : {detail}',
};
