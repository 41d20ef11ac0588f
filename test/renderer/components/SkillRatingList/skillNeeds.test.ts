import { skillsNeededBy } from '../../../../renderer/src/components/SkillRatingList/skillNeeds';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

describe('skillsNeededBy', () => {
  it('lists the union of the roles’ skills, most important first', () => {
    const needed = skillsNeededBy(smallCatalog, ['ai-engineer', 'data-annotator']);
    // python 5 (asks 3) > data-labeling 5 (asks 2) = prompt-design 3+2 (asks 2), tie broken by id > ml 4.
    expect(needed.map((need) => need.skill.id)).toEqual([
      'python-programming',
      'data-labeling',
      'prompt-design',
      'machine-learning-basics',
    ]);
    const prompt = needed.find((need) => need.skill.id === 'prompt-design');
    expect(prompt?.totalImportance).toBe(5);
    expect(prompt?.highestLevel).toBe(2);
    expect(prompt?.needs.map((need) => [need.role.id, need.level])).toEqual([
      ['ai-engineer', 2],
      ['data-annotator', 1],
    ]);
  });

  it('skips role ids the catalog does not have and returns nothing for no roles', () => {
    expect(skillsNeededBy(smallCatalog, [])).toEqual([]);
    expect(skillsNeededBy(smallCatalog, ['gone-role']).length).toBe(0);
    expect(skillsNeededBy(smallCatalog, ['gone-role', 'data-annotator']).map((need) => need.skill.id)).toEqual([
      'data-labeling',
      'prompt-design',
    ]);
  });
});
