import { IdSchema } from '../../../core';
import { newId } from '../../../renderer/src/data/usePlans';

describe('newId', () => {
  it('gives distinct ids that pass the id schema', () => {
    const ids = Array.from({ length: 20 }, () => newId('entry'));
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) {
      expect(id.startsWith('entry-')).toBe(true);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });
});
