export { planToIcs, sessionUid, exportSequence, ICS_UID_DOMAIN, DEFAULT_SESSION_START, REMINDER_MINUTES_BEFORE } from './ics';
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
