import { fold, foldWithMap, stem, tokenize } from '../../../../core/analysis/jobAd/text';

describe('fold', () => {
  it('lowercases, strips accents and spells out ligatures', () => {
    expect(fold('Maîtrise de l’IA générative, Œuvre')).toBe("maitrise de l'ia generative, oeuvre");
  });

  it('maps every folded character back to its offset in the original', () => {
    const text = 'Cœur: é–x';
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe('coeur: e-x');
    expect(origin).toEqual([0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('tokenize', () => {
  it('keeps C++, C# and .NET whole and splits Node.js and hyphenated words', () => {
    expect(tokenize('C++ and C#, .NET, Node.js, fine-tuning').map((token) => token.raw)).toEqual([
      'C++',
      'and',
      'C#',
      '.NET',
      'Node',
      'js',
      'fine',
      'tuning',
    ]);
  });

  it('records offsets in the original text', () => {
    const [first, second] = tokenize('  Python  SQL');
    expect(first).toMatchObject({ start: 2, end: 8, raw: 'Python', key: 'python' });
    expect(second).toMatchObject({ start: 10, end: 13 });
  });
});

describe('stem', () => {
  it.each([
    ['models', 'model'],
    ['modèles', 'model'],
    ['strategies', 'strategi'],
    ['stratégie', 'strategi'],
    ['libraries', 'librari'],
    ['library', 'librari'],
    ['réseaux', 'reseau'],
    ['neuronaux', 'neuronal'],
    ['processes', 'process'],
    ['analyses', 'analys'],
    ['analysis', 'analys'],
    ['caches', 'cach'],
    ['données', 'donne'],
    ['APIs', 'api'],
    ['KPIs', 'kpi'],
  ])('brings %s and its singular or plural to the same key (%s)', (word, key) => {
    expect(stem(fold(word))).toBe(key);
  });

  it('leaves short words and words with digits or symbols alone', () => {
    expect(['aws', 'gas', 'gpt4', 'c++', 'ops'].map(stem)).toEqual(['aws', 'gas', 'gpt4', 'c++', 'ops']);
  });

  it('keeps words ending in -ss, -us and -is', () => {
    expect(['business', 'status', 'tennis'].map(stem)).toEqual(['business', 'status', 'tennis']);
  });
});
