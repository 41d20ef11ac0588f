/**
 * The native save/open dialogs and the messages of the File menu's print commands, which the main
 * process shows itself (main/dialogs.ts, main/print/menuCommands.ts).
 */
export const dialogMessages = {
  'dialog.saveTitle.pdf': 'Export the plan as PDF',
  'dialog.saveTitle.ics': 'Export the plan to a calendar',
  'dialog.saveTitle.csv': 'Export as a spreadsheet (CSV)',
  'dialog.saveTitle.json': 'Export all your Skillgap data',
  'dialog.filterName.pdf': 'PDF document',
  'dialog.filterName.ics': 'Calendar (iCalendar)',
  'dialog.filterName.csv': 'Spreadsheet (CSV)',
  'dialog.filterName.json': 'Skillgap export',
  'dialog.importTitle': 'Import Skillgap data',
  'dialog.importFilter': 'Skillgap export',
  'dialog.noActivePlan': 'There is no plan to print yet. Build a plan first, then print it.',
  'dialog.printFailed': 'The plan could not be printed: {detail}',
};
