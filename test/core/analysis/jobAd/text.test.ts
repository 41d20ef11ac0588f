import { detectLanguage, fold, foldWithMap, maskNoise, stem, tokenize } from '../../../../core/analysis/jobAd/text';

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
  const same = (language: 'en' | 'fr', ...words: string[]) => new Set(words.map((word) => stem(fold(word), language))).size === 1;

  it('brings English inflections to one key: plurals, -ing, -ed, -er', () => {
    expect(same('en', 'models', 'model')).toBe(true);
    expect(same('en', 'strategies', 'strategy')).toBe(true);
    expect(same('en', 'design', 'designing', 'designed')).toBe(true);
    expect(same('en', 'train', 'training', 'trained')).toBe(true);
    expect(same('en', 'experiments', 'experiment')).toBe(true);
  });

  it('brings French inflections to one key, accents folded first', () => {
    expect(same('fr', 'modèles', 'modèle')).toBe(true);
    expect(same('fr', 'réseaux', 'réseau')).toBe(true);
    expect(same('fr', 'stratégies', 'stratégie')).toBe(true);
  });

  // Snowball strips these too; a recruiter does not read them as one word (issue #16).
  it('keeps derivations apart: manage/management, product/productivity, Excel/excellent', () => {
    expect(same('en', 'manage', 'management')).toBe(false);
    expect(same('en', 'product', 'productivity')).toBe(false);
    expect(same('en', 'excel', 'excellent')).toBe(false);
    expect(same('en', 'document', 'documentation')).toBe(false);
    expect(same('fr', 'évaluer', 'évaluation')).toBe(false);
  });

  it('no longer makes Canva a plural of Canvas or Taux a form of TAL', () => {
    expect(same('en', 'canva', 'canvas')).toBe(true); // Snowball does: CAPITALIZED_NAMES keeps them apart
    expect(stem('taux', 'fr')).not.toBe('tal');
  });

  it('leaves short words and words with digits or symbols alone', () => {
    expect(['aws', 'gas', 'gpt4', 'c++', 'ops'].map((word) => stem(word))).toEqual(['aws', 'gas', 'gpt4', 'c++', 'ops']);
  });
});

describe('maskNoise', () => {
  it('blanks links, e-mail addresses, bare domains with a path and money, keeping offsets', () => {
    const text = 'See https://x.example/jobs or x.example/privacy, mail jobs@x.example. R$100, $75k, €75,000, 25 €. start-ups, CI/CD, TCP/IP';
    const masked = maskNoise(text);
    expect(masked).toHaveLength(text.length);
    for (const noise of ['https', 'privacy', 'jobs@', 'R$100', '$75k', '€75,000', '25 €']) expect(masked).not.toContain(noise);
    for (const kept of ['start-ups', 'CI/CD', 'TCP/IP']) expect(masked).toContain(kept);
  });

  it('stays linear on long runs of the characters it looks for', () => {
    for (const unit of ['/', '@', 'ab.cd/', 'x@y.zz ']) {
      const started = performance.now();
      maskNoise(unit.repeat(Math.ceil(50_000 / unit.length)));
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});

describe('detectLanguage', () => {
  it('tells French postings from English ones by their small words', () => {
    expect(detectLanguage('Vous rejoindrez une équipe de 12 personnes et nous vous formerons.')).toBe('fr');
    expect(detectLanguage('You will join a team of 12 and we will train you.')).toBe('en');
  });
});
