import { readableId, roleTitle } from '../../../../renderer/src/components/PlanItemCard/itemInfo';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

describe('roleTitle', () => {
  it('names a role of the catalog by its title in the locale', () => {
    expect(roleTitle(smallCatalog, 'data-annotator', 'fr')).toBe('Annotateur de données');
  });

  it('names a role deleted since the plan was made from its id, never as the raw id', () => {
    expect(roleTitle(smallCatalog, 'my-prompt-librarian-2', 'en')).toBe('Prompt librarian');
    expect(readableId('my-data-steward')).toBe('Data steward');
    expect(readableId('ai-engineer')).toBe('Ai engineer');
  });
});
