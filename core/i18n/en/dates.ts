/** The date picker's own controls: placeholder, clear button and the calendar's arrows. */
export const dateMessages = {
  'dateField.placeholder': 'Pick a date',
  'dateField.clear': 'Clear {label}',
  'dateField.previousMonth': 'Previous month',
  'dateField.nextMonth': 'Next month',
  'dateField.previousYear': 'Previous year',
  'dateField.nextYear': 'Next year',
  'dateField.previousDecade': 'Previous decade',
  'dateField.nextDecade': 'Next decade',
};
