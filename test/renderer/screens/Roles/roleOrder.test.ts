import { rankRoles, type Role } from '../../../../core';
import { filterByFamily, sortRoles, splitTargets, type RankedRole } from '../../../../renderer/src/screens/Roles/roleOrder';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { supportProfile } from './fixtures';

const roleById = new Map<string, Role>(smallCatalog.roles.map((role) => [role.id, role]));
const ranked: RankedRole[] = rankRoles(supportProfile, smallCatalog).map((fit) => ({ role: roleById.get(fit.roleId)!, fit }));
const ids = (entries: RankedRole[]) => entries.map((entry) => entry.role.id);

describe('role order', () => {
  it('keeps the ranking for readiness and reorders for hours and title', () => {
    expect(ids(sortRoles(ranked, 'readiness', 'en'))).toEqual(['ai-engineer', 'data-annotator']);
    // The annotator's 2 h leave out data labelling, which no course teaches: it comes after the
    // engineer's longer plan, which courses cover whole; covered, its shorter plan comes first.
    const annotator = ranked.find((entry) => entry.role.id === 'data-annotator')!;
    expect(annotator.fit.uncoveredSkillIds).toEqual(['data-labeling']);
    expect(annotator.fit.hoursToReady).toBeLessThan(ranked.find((entry) => entry.role.id === 'ai-engineer')!.fit.hoursToReady);
    expect(ids(sortRoles(ranked, 'hours', 'en'))).toEqual(['ai-engineer', 'data-annotator']);
    const covered = ranked.map((entry) => (entry === annotator ? { ...entry, fit: { ...entry.fit, uncoveredSkillIds: [] } } : entry));
    expect(ids(sortRoles(covered, 'hours', 'en'))).toEqual(['data-annotator', 'ai-engineer']);
    // French titles: « Annotateur de données » before « Ingénieur IA ».
    expect(ids(sortRoles(ranked, 'title', 'fr'))).toEqual(['data-annotator', 'ai-engineer']);
    expect(ids(sortRoles(ranked, 'title', 'en'))).toEqual(['ai-engineer', 'data-annotator']);
  });

  it('filters by family and puts target roles apart', () => {
    expect(ids(filterByFamily(ranked, 'data-annotation'))).toEqual(['data-annotator']);
    expect(ids(filterByFamily(ranked, 'all'))).toHaveLength(2);
    const { targets, others } = splitTargets(ranked, ['data-annotator', 'unknown']);
    expect(ids(targets)).toEqual(['data-annotator']);
    expect(ids(others)).toEqual(['ai-engineer']);
  });
});
