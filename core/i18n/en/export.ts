/**
 * The words written into exported files: the calendar's session descriptions (core/export/ics.ts)
 * and the CSV headers and values (core/export/csv.ts).
 */
export const exportMessages = {
  /** Between a label and its value: French puts a no-break space before the colon. */
  'export.colon': ': ',
  'export.session.course': 'Course',
  'export.session.provider': 'Provider',
  'export.session.link': 'Link',
  'export.session.duration': 'This session',
  'export.session.skills': 'Skills',
  'export.status.planned': 'planned',
  'export.status.in-progress': 'in progress',
  'export.status.done': 'done',
  'export.status.skipped': 'skipped',
  'export.plan.status': 'Status',
  'export.plan.title': 'Title',
  'export.plan.provider': 'Provider',
  'export.plan.start': 'Start',
  'export.plan.end': 'End',
  'export.plan.hours': 'Hours',
  'export.plan.loggedHours': 'Hours logged',
  'export.plan.skills': 'Skills',
  'export.plan.url': 'Address',
  'export.gaps.skill': 'Skill',
  'export.gaps.category': 'Category',
  'export.gaps.have': 'Your level',
  'export.gaps.need': 'Level needed',
  'export.gaps.gap': 'Gap',
  'export.gaps.importance': 'Importance',
  'export.gaps.weight': 'Weight',
  'export.gaps.share': 'Share of the gap (%)',
  'export.gaps.covered': 'Covered',
  'export.gaps.yes': 'yes',
  'export.gaps.no': 'no',
  /** The start of the names the save dialog suggests (main/service/exports.ts). */
  'export.file.plan': 'skillgap-plan',
  'export.file.data': 'skillgap-export',
  'export.file.gaps': 'skillgap-gaps',
};
