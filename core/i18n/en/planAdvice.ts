/**
 * What the plan says of its advice (docs/advice.md): the core or full scope, long plans and the
 * stepping stone, why each item is there, and estimated hours.
 */
export const planAdviceMessages = {
  'plan.scope.label': 'What the plan covers',
  'plan.scope.core': 'Core (entry level)',
  'plan.scope.full': 'Core + plus',
  'plan.scope.hint': 'Core is what entry-level postings ask for; plus adds the requirements that grow with experience.',

  'plan.long.title': 'This plan runs {months} months',
  'plan.long.weekly': 'At {hours} h a week it would end within 12 months.',
  'plan.long.body': 'Plans over a year are hard to keep up. Give it more hours, narrow it to the core, or aim at a closer role first.',
  'plan.stone.line': 'Reach {role} first, by {date} ({hours}); {share}% of that study also counts toward {target}.',
  'plan.stone.firstJob':
    'Start with a first job as {role}: it hires people new to the field, and you can be ready for it by {date} ({hours}). You keep studying toward {target} while you work.',
  'plan.stone.button': 'Plan {role} first',

  'plan.why.closes': 'Closes: {list}',
  'plan.why.prepares': 'Prepares for: {list}',
  'plan.why.pinned': 'You chose this course.',
  'plan.why.otherAudience': 'Written for another audience: chosen because the courses written for you do not reach every level this plan needs.',
  'plan.why.shows': 'Shows an employer: {list}',
  'plan.item.project': 'Portfolio project · idea: {idea}',
  'plan.item.openIdea': 'Open where the idea comes from',
  'plan.why.skillLevel': '{skill} ({level})',
  'plan.hours.estimate': '≈ {hours}, estimate',
  'plan.hours.estimateHelp': 'The provider does not state the hours: this figure is our estimate.',
  'plan.why.line': 'Why: {reasons}',
};
