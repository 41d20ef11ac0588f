import { counts, headingKind, readSections } from '../../../../core/analysis/jobAd/sections';

describe('headingKind', () => {
  it.each([
    ['Responsibilities', 'responsibilities'],
    ['Vos missions', 'responsibilities'],
    ['Key responsibilities', 'responsibilities'],
    ['Requirements', 'requirements'],
    ['Profil recherché', 'requirements'],
    ['About you', 'requirements'],
    ['Nice to have', 'nice'],
    ['Atouts', 'nice'],
    ['Les plus', 'nice'],
    ['Les petits plus', 'nice'],
    ['Un plus', 'nice'],
    ['Bonus points', 'nice'],
    ['What we offer', 'benefits'],
    ['Avantages', 'benefits'],
    ['Rémunération', 'benefits'],
    ['Why Northwind', 'benefits'],
    ['Our recruitment process', 'process'],
    ["Processus d'entretien", 'process'],
    ['About us', 'company'],
    ['Présentation', 'company'],
    ['Qui sommes-nous ?', 'company'],
    ['The role', 'role'],
    ['About the job', 'role'],
    ['In this role you will', 'responsibilities'],
    ["What you'll be doing", 'responsibilities'],
    ['Dans ce poste, vous allez', 'responsibilities'],
    ['The team', 'role'],
    ["L'équipe", 'role'],
  ] as const)('reads "%s" as %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it.each(['- Python is required', 'We offer equity and a learning budget.', 'Requirements: Python, SQL', ''])(
    'does not read "%s" as a heading',
    (line) => {
      expect(headingKind(line)).toBeNull();
    },
  );

  it('trims a heading followed by a long run of spaces in linear time', () => {
    expect(headingKind(`Benefits${' '.repeat(49_990)}`)).toBe('benefits');
    expect(headingKind(`a${' '.repeat(49_990)}b`)).toBeNull();
  });
});

describe('readSections', () => {
  const text = [
    'ML Engineer',
    'About us',
    'We use Canvas.',
    'Requirements',
    '- Python',
    '',
    'Acme is an equal opportunity employer. See our privacy policy.',
    '',
    '- SQL',
  ].join('\n');
  const kindAt = (word: string) => readSections(text).find((section) => {
    const at = text.indexOf(word);
    return section.start <= at && at < section.end;
  })?.kind;

  it('splits a posting at its headings, text before them being the role', () => {
    expect(kindAt('ML Engineer')).toBe('role');
    expect(kindAt('Canvas')).toBe('company');
    expect(kindAt('Python')).toBe('requirements');
  });

  it('reads a legal paragraph without heading as legal, then resumes the part it interrupted', () => {
    expect(kindAt('privacy')).toBe('legal');
    expect(kindAt('SQL')).toBe('requirements');
  });

  it('covers the text whole, in order', () => {
    const sections = readSections(text);
    expect(sections[0].start).toBe(0);
    expect(sections[sections.length - 1].end).toBe(text.length);
    for (let i = 1; i < sections.length; i += 1) expect(sections[i].start).toBe(sections[i - 1].end);
  });
});

describe('counts', () => {
  it('reads skills from the role, responsibilities, requirements and nice to have, tools from the company blurb', () => {
    expect(['role', 'responsibilities', 'requirements', 'nice'].every((kind) => counts(kind as never, false))).toBe(true);
    expect(counts('company', false)).toBe(false);
    expect(counts('company', true)).toBe(true);
    expect(['benefits', 'process', 'legal'].some((kind) => counts(kind as never, true))).toBe(false);
  });
});
