// The calendar and CSV writers are imported from './ics' and './csv': ical-generator and the
// tables of both languages are only needed where main exports (the renderer loads one language).
export type { IcsOptions } from './ics';
export {
  createExport,
  parseExport,
  parseExportText,
  summarizeImport,
  ExportFileSchema,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MAX_EXPORT_DEPTH,
  MAX_EXPORT_LIST,
} from './bundle';
export type { ExportFile, ImportSummary, ListChange } from './bundle';
export { formatExportHours } from './labels';
export { defaultPaperSize } from './paper';
export type { PaperSizeName } from './paper';
