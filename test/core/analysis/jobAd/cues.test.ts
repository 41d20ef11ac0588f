import {
  findImportanceCues,
  findLevelCues,
  readHeading,
  sentenceAround,
  wordsBetween,
} from '../../../../core/analysis/jobAd/cues';

const levels = (text: string) => findLevelCues(text).map((cue) => [cue.text, cue.level]);
const signals = (text: string) => findImportanceCues(text).map((cue) => [cue.text, cue.signal]);

describe('findLevelCues', () => {
  it('reads English level words', () => {
    expect(levels('Expert Python, strong SQL, working knowledge of Git, familiarity with Docker, basic HTML')).toEqual([
      ['Expert', 4],
      ['strong', 3],
      ['working knowledge', 2],
      ['familiarity with', 1],
      ['basic', 1],
    ]);
  });

  it('reads French level words, accents or not, and keeps the longest overlapping cue', () => {
    expect(levels('Excellente maîtrise de Python, maitrise de SQL, expérience confirmée, notions de R')).toEqual([
      ['Excellente maîtrise', 4],
      ['maitrise', 3],
      ['expérience confirmée', 3],
      ['notions', 1],
    ]);
    expect(levels('connaissances de base en SQL')).toEqual([['connaissances de base', 1]]);
  });

  // Quadratic before issue #12: the spaces after a number were tried in every split.
  it('reads years across a long run of spaces, and nothing from a number followed by spaces only', () => {
    expect(findLevelCues(`5${' '.repeat(49_999)}`)).toEqual([]);
    expect(findLevelCues(`5${' '.repeat(49_990)}x`)).toEqual([]);
    expect(findLevelCues(`5${' '.repeat(25_000)}-${' '.repeat(24_990)}`)).toEqual([]);
    expect(levels(`3${' '.repeat(30_000)}+ years`).map(([, level]) => level)).toEqual([3]);
  });

  it('keeps one cue of each place among thousands of overlapping ones', () => {
    const cues = findLevelCues('excellente maîtrise '.repeat(2500));
    expect(cues).toHaveLength(2500);
    expect(cues.every((cue) => cue.level === 4 && cue.text === 'excellente maîtrise')).toBe(true);
  });

  it('turns years of experience into a level: 5+ -> 4, 3-4 -> 3, fewer -> 2', () => {
    expect(levels('5+ years of Python; 3-5 years of SQL; 1 year of Go; au moins 3 ans')).toEqual([
      ['5+ years', 4],
      ['3-5 years', 3],
      ['1 year', 2],
      ['3 ans', 3],
    ]);
  });
});

describe('findImportanceCues', () => {
  it('reads required and optional cues in English and French', () => {
    expect(signals('Python is required. Docker is a plus. Nice to have: AWS. Bonus: Go')).toEqual([
      ['required', 'required'],
      ['is a plus', 'optional'],
      ['Nice to have', 'optional'],
      ['Bonus', 'optional'],
    ]);
    expect(signals('Python indispensable, SQL souhaité, Power BI serait un plus. Anglais exigé')).toEqual([
      ['indispensable', 'required'],
      ['souhaité', 'optional'],
      ['serait un plus', 'optional'],
      ['exigé', 'required'],
    ]);
  });

  it('does not read the French "à plus forte valeur" as "a plus"', () => {
    expect(signals("les cas d'usage à plus forte valeur")).toEqual([]);
  });
});

describe('readHeading', () => {
  it.each([
    ['Requirements', 'required'],
    ['Minimum qualifications:', 'required'],
    ["What we're looking for", 'required'],
    ['Profil recherché', 'required'],
    ['## Must have', 'required'],
    ['Nice to have', 'optional'],
    ['Preferred qualifications', 'optional'],
    ['A plus', 'optional'],
    ['Atouts', 'optional'],
    ['Bonus:', 'optional'],
    ['About us', 'neutral'],
    ['Qui sommes-nous ?', 'neutral'],
    ['Our stack:', 'neutral'],
    ['DATA CENTER TECHNICIAN II', 'neutral'],
  ])('reads "%s" as a %s heading', (line, signal) => {
    expect(readHeading(line)?.signal).toBe(signal);
  });

  it('reads a heading line with a long run of spaces inside, and trims its end', () => {
    expect(readHeading(`## Skills${' '.repeat(49_990)}needed ? `)).toEqual({ signal: 'required', standard: false });
    expect(readHeading(`## Skills${' '.repeat(49_990)}needed`)).toEqual({ signal: 'required', standard: false });
    expect(readHeading(`Skills${' '.repeat(49_990)}and more`)).toBeNull();
  });

  it('tells a usual heading phrase from a marked-up line that may name skills', () => {
    expect(readHeading('Requirements')).toEqual({ signal: 'required', standard: true });
    expect(readHeading('PYTHON DEVELOPER')).toEqual({ signal: 'neutral', standard: false });
    expect(readHeading('Our stack:')).toEqual({ signal: 'neutral', standard: false });
  });

  it.each([
    '- Python is required',
    'Requirements: Python, SQL',
    'We are looking for a strong engineer with a lot of experience in many things.',
    'Python is a plus',
    '',
  ])('does not read "%s" as a heading', (line) => {
    expect(readHeading(line)).toBeNull();
  });
});

describe('sentenceAround', () => {
  it('stops at line breaks, semicolons and sentence ends, but not inside Node.js', () => {
    const text = 'First line\nUse Node.js daily; then SQL. Next one';
    const sentenceOf = (word: string) => {
      const at = text.indexOf(word);
      const { start, end } = sentenceAround(text, at, at + word.length);
      return text.slice(start, end);
    };
    expect(sentenceOf('Node.js')).toBe('Use Node.js daily');
    expect(sentenceOf('SQL')).toBe(' then SQL');
  });
});

describe('wordsBetween', () => {
  it('counts words other than filler and other skills', () => {
    const text = 'Docker and Kubernetes are a plus';
    expect(wordsBetween(text, 6, 26, [{ start: 11, end: 21 }])).toBe(0);
    expect(wordsBetween('Linux command line basics', 5, 19, [])).toBe(2);
  });
});
