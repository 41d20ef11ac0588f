import { emptyStoreData, type Course, type Plan, type PlanItem, type Profile, type StoreData } from '../../../core';
import { reminderText } from '../../../main/reminders/reminder-text';
import { smallCatalog } from '../../fixtures/catalog/smallCatalog';

const profile: Profile = {
  name: 'Ana',
  background: 'marketing',
  skills: [],
  targetRoleIds: ['ai-engineer'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-11-02',
};

function item(id: string, fields: Partial<PlanItem>): PlanItem {
  return { id, skillIds: [], start: '2026-11-02', end: '2026-11-30', hours: 10, status: 'planned', ...fields };
}

function planOf(items: PlanItem[]): Plan {
  return {
    id: 'plan-1',
    name: 'AI engineer',
    createdAt: '2026-11-01T10:00:00.000Z',
    targetRoleIds: ['ai-engineer'],
    inputs: { weeklyHours: 6, studyDays: [1, 2, 3, 4, 5], startDate: '2026-11-02', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
    items,
    readyDate: '2027-01-30',
    uncovered: [],
  };
}

function store(fields: Partial<StoreData>, locale: 'en' | 'fr' = 'en'): StoreData {
  const base = emptyStoreData();
  return { ...base, profile, settings: { ...base.settings, locale }, ...fields };
}

const withPlan = (items: PlanItem[], locale: 'en' | 'fr' = 'en') => store({ plans: [planOf(items)], activePlanId: 'plan-1' }, locale);

describe('reminderText', () => {
  it('names the first open item of the active plan, in English', () => {
    const data = withPlan([item('a', { courseId: 'python-course', status: 'done' }), item('b', { courseId: 'ml-course' })]);
    expect(reminderText(data, smallCatalog, 'fr-FR')).toEqual({ title: 'Time to study', body: 'Next up: ML Crash Course' });
  });

  it('speaks French when the person chose French', () => {
    const data = withPlan([item('a', { courseId: 'python-course', status: 'skipped' }), item('b', { courseId: 'prompt-course' })], 'fr');
    expect(reminderText(data, smallCatalog, 'en-US')).toEqual({
      title: 'C’est l’heure d’étudier',
      body: 'Au programme : Prompting Basics',
    });
  });

  it('follows the system language before the person has a profile', () => {
    const data = { ...emptyStoreData(), profile: null };
    expect(reminderText(data, smallCatalog, 'fr-CA')).toEqual({
      title: 'C’est l’heure d’étudier',
      body: 'Ouvrez Skillgap pour prévoir votre prochaine séance d’étude.',
    });
  });

  it('finds the person’s own courses and items', () => {
    const ownCourse: Course = { ...smallCatalog.courses[0], id: 'my-book', title: 'My statistics book', custom: true };
    const data = {
      ...withPlan([item('a', { courseId: 'my-book' })]),
      userCatalog: { skills: [], roles: [], courses: [ownCourse] },
    };
    expect(reminderText(data, smallCatalog, 'en').body).toBe('Next up: My statistics book');
    expect(reminderText(withPlan([item('a', { title: 'Side project' })]), smallCatalog, 'en').body).toBe('Next up: Side project');
  });

  it('says so when every item is closed, and when no plan is active', () => {
    expect(reminderText(withPlan([item('a', { courseId: 'python-course', status: 'done' })]), smallCatalog, 'en').body).toBe(
      'Your plan is complete. Open Skillgap to choose what comes next.',
    );
    expect(reminderText(store({}), smallCatalog, 'en').body).toBe('Open Skillgap to plan your next study session.');
  });
});
