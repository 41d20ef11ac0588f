import { describe, expect, it } from 'vitest';
import type { Course } from '../../../core/model/catalog';
import { planCourses, writtenFor } from '../../../core/planning/planCourses';
import { catalogOf, course, role, skill } from './fixtures';

/*
 * Courses written for an audience (docs/advice.md "One planner"): a recruiter is not sent to a
 * course for teachers because it is an hour shorter, but gets it when nothing else reaches the level.
 */
const forTeachers = (entry: Course): Course => ({ ...entry, audience: { backgrounds: ['education'], roleIds: ['learning-designer'] } });

const teachersCourse = forTeachers(course('ai-for-teachers', 3, [['genai', 3]]));
const general = course('ai-for-everyone', 10, [['genai', 3]]);
const need = [{ skillId: 'genai', level: 3, importance: 5 }];
const catalog = catalogOf([skill('genai'), skill('lms')], [role('recruiter', [['genai', 3, 5]]), role('learning-designer', [['genai', 3, 5]])], [teachersCourse, general]);
const ids = (plan: ReturnType<typeof planCourses>) => plan.courses.map((entry) => entry.id);

describe('writtenFor', () => {
  it('is true for a course for everyone, for the audience’s background or target role, and when the person is not known', () => {
    expect(writtenFor(general, { background: 'human-resources', roleIds: ['recruiter'] })).toBe(true);
    expect(writtenFor(teachersCourse, { background: 'education', roleIds: ['recruiter'] })).toBe(true);
    expect(writtenFor(teachersCourse, { background: 'human-resources', roleIds: ['learning-designer'] })).toBe(true);
    expect(writtenFor(teachersCourse, {})).toBe(true);
    expect(writtenFor(teachersCourse, { background: 'human-resources', roleIds: ['recruiter'] })).toBe(false);
  });
});

describe('planCourses and a course’s audience', () => {
  it('gives a recruiter the course for everyone, though the one for teachers is shorter', () => {
    const plan = planCourses(new Map(), need, catalog, { background: 'human-resources', roleIds: ['recruiter'] });
    expect(ids(plan)).toEqual(['ai-for-everyone']);
    expect(plan.totalHours).toBe(10);
  });

  it('gives a teacher, or anyone aiming at the teachers’ role, the shorter course written for them', () => {
    expect(ids(planCourses(new Map(), need, catalog, { background: 'education', roleIds: ['recruiter'] }))).toEqual(['ai-for-teachers']);
    expect(ids(planCourses(new Map(), need, catalog, { background: 'other', roleIds: ['learning-designer'] }))).toEqual(['ai-for-teachers']);
  });

  it('falls back on a course for another audience when no other reaches the level, and lists nothing uncovered', () => {
    const onlyTeachers = catalogOf(catalog.skills, catalog.roles, [teachersCourse, course('ai-basics', 2, [['genai', 2]])]);
    const plan = planCourses(new Map(), need, onlyTeachers, { background: 'human-resources', roleIds: ['recruiter'] });
    expect(ids(plan)).toEqual(['ai-for-teachers']);
    expect(plan.uncovered).toEqual([]);
  });
});
