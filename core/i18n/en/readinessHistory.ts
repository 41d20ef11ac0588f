/** The role page's "readiness over time": its chart, table and empty state. */
export const readinessHistoryMessages = {
  'readinessHistory.title': 'Your readiness over time',
  'readinessHistory.intro': 'One point for each day you changed a level: after a course, or when you rated yourself again.',
  'readinessHistory.empty': 'Re-rate a skill after a course to see your progress here.',
  'readinessHistory.before': 'Before {date}',
  'readinessHistory.full': 'Full role',
  'readinessHistory.day': 'Day',
  'readinessHistory.summary': 'Entry-level core: {from} ({start}), {to} ({end}). Full role: {fullFrom}, then {fullTo}.',
  'readinessHistory.showTable': 'Show the figures as a table',
  'readinessHistory.hideTable': 'Hide the table',
  'readinessHistory.caption': 'Readiness at the end of each day a level changed',
  'readinessHistory.loading': 'Loading the chart',
};
