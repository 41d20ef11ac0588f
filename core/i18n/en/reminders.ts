/** The study-reminder notification, which main shows itself (main/reminders/reminder-text.ts). */
export const reminderMessages = {
  'reminder.title': 'Time to study',
  'reminder.bodyNextItem': 'Next up: {title}',
  'reminder.bodyNoPlan': 'Open Skillgap to plan your next study session.',
  'reminder.bodyPlanDone': 'Your plan is complete. Open Skillgap to choose what comes next.',
};
