import { IdSchema } from '../../../../core';
import { newEntryId, slugify } from '../../../../renderer/src/components/CatalogEntryForm/entryIds';

describe('slugify', () => {
  it('writes a title as lowercase kebab-case without accents or symbols', () => {
    expect(slugify('Prompt Ingénieur!')).toBe('prompt-ingenieur');
    expect(slugify('  AI / ML -- Ops  ')).toBe('ai-ml-ops');
    expect(slugify('Über Café 2.0')).toBe('uber-cafe-2-0');
  });

  it('keeps ids short enough for the schema', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('newEntryId', () => {
  it('prefixes "my-" so it cannot clash with built-in ids', () => {
    expect(newEntryId('AI engineer', ['ai-engineer'], 'role')).toBe('my-ai-engineer');
  });

  it('adds a number when the id is taken', () => {
    expect(newEntryId('Prompt lead', ['my-prompt-lead'], 'role')).toBe('my-prompt-lead-2');
    expect(newEntryId('Prompt lead', ['my-prompt-lead', 'my-prompt-lead-2'], 'role')).toBe('my-prompt-lead-3');
  });

  it('falls back to the kind when the title has no latin letters or digits', () => {
    expect(newEntryId('数据', [], 'skill')).toBe('my-skill');
  });

  it('always gives a valid id', () => {
    for (const title of ['x', 'Éé', '--', 'A'.repeat(300), 'C++ & C#']) {
      expect(IdSchema.safeParse(newEntryId(title, ['my-x'], 'course')).success, title).toBe(true);
    }
  });
});
