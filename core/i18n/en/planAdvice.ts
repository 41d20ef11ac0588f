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
  'plan.stone.none': 'No Skillgap role is a shorter step on the way. Have a job in mind? Weigh it.',
  'plan.step.open': 'Weigh a job as a step',
  'plan.step.title': 'A job on the way to {target}?',
  'plan.step.description': 'A step takes 6 months at most, and most of its study and of what it asks of you is on the way.',
  'plan.step.label': 'Which job?',
  'plan.step.plan': 'Plan this job first',
  'plan.step.onTheWay': '{role} is a step: ready by {date} ({hours}); {share}% of that study and {gaps}% of what it asks of you count toward {target}.',
  'plan.step.target': '{role} is a target of this plan.',
  'plan.step.alreadyReady': 'You already meet what {role} asks: no course to take.',
  'plan.step.tooLong': '{role} is no quick step: {hours} of courses, until {date}; {share}% of that study counts toward {target}.',
  'plan.step.uncovered.one': '{role} is no step Skillgap can plan: {count} skill it asks has no course you can take.',
  'plan.step.uncovered.other': '{role} is no step Skillgap can plan: {count} skills it asks have no course you can take.',
  'plan.step.offTheWay': '{role} is mostly off the way: {share}% of its {hours} of study and {gaps}% of what it asks of you count toward {target}; a step needs half of both.',
  'plan.step.noPlan': '{role} cannot be planned with this study time.',
  'plan.step.notDescribed': 'Skillgap’s skills describe too little of {role} to weigh it (fewer than {min} requirements).',

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
