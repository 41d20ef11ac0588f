import { analyzeFit } from '../../../../core';
import { isStale, orderedRows } from '../../../../renderer/src/components/GapTable/rowOrder';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const requirements = analyzeFit({ background: 'sales', skills: [] }, smallCatalog.roles[0], smallCatalog).requirements;
const ids = (rows: { skillId: string }[]) => rows.map((row) => row.skillId);

describe('orderedRows', () => {
  it('keeps the analysis order without a frozen one', () => {
    expect(ids(orderedRows(requirements, null))).toEqual(ids(requirements));
  });

  it('follows a frozen order, drops ids that left and appends new ones', () => {
    const frozen = ['prompt-design', 'gone-skill', 'python-programming'];
    expect(ids(orderedRows(requirements, frozen))).toEqual(['prompt-design', 'python-programming', 'machine-learning-basics']);
  });

  it('tells when the shown order is no longer largest gap first', () => {
    expect(isStale(requirements, orderedRows(requirements, null))).toBe(false);
    expect(isStale(requirements, orderedRows(requirements, ['prompt-design']))).toBe(true);
  });
});
