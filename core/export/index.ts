// The calendar writer is imported from './ics': ical-generator is only needed where main exports.
export type { IcsOptions } from './ics';
export { gapTableToCsv, planToCsv, csvCell, toCsv } from './csv';
export type { CsvCell } from './csv';
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
export { EXPORT_LABELS, formatExportHours } from './labels';
export type { ExportLabels } from './labels';
export { defaultPaperSize } from './paper';
export type { PaperSizeName } from './paper';
