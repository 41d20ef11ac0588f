import { matchesQuery, normalizeForSearch, searchTextOf } from '../../../../renderer/src/components/SkillSearch/matchSkill';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const textOf = (id: string) => searchTextOf(smallCatalog.skills.find((skill) => skill.id === id)!);

describe('skill search matching', () => {
  it('ignores case and accents', () => {
    expect(normalizeForSearch('  Élève MODÈLE ')).toBe('eleve modele');
  });

  it('finds a skill by its English name, its French name or a job-ad alias', () => {
    expect(matchesQuery(textOf('python-programming'), 'python')).toBe(true);
    expect(matchesQuery(textOf('machine-learning-basics'), 'apprentissage automatique')).toBe(true);
    expect(matchesQuery(textOf('data-labeling'), 'labelling')).toBe(true);
    expect(matchesQuery(textOf('prompt-design'), 'PROMPTING')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(matchesQuery(textOf('prompt-design'), 'prompt python')).toBe(false);
    expect(matchesQuery(textOf('prompt-design'), '')).toBe(true);
  });
});
