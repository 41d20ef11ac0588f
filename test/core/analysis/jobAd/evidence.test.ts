import { isWeak, isYearsCue, phraseToShow, seniorityOf } from '../../../../core/analysis/jobAd/evidence';
import { readSections } from '../../../../core/analysis/jobAd/sections';
import { loadCatalog, readPosting } from './evaluate';
import { proposeRoleFromAd } from '../../../../core/analysis/jobAd/proposeRole';

describe('seniorityOf', () => {
  it.each([
    ['Senior GenAI Engineer – Document Intelligence', 3, 'Senior'],
    ['Data Scientist confirmé·e (H/F)', 3, 'confirmé'],
    ['Junior AI engineer (remote)', 1, 'Junior'],
    ['Stagiaire data (6 mois)', 1, 'Stagiaire'],
  ] as const)('reads "%s" as level %i', (title, level, text) => {
    expect(seniorityOf(`\n${title}\nMore text: senior stakeholders`)).toEqual({ level, text });
  });

  it('reads nothing from a title without seniority, or from the body', () => {
    expect(seniorityOf('AI Trainer\nWork with senior engineers')).toBeNull();
    expect(seniorityOf('   ')).toBeNull();
  });
});

describe('phraseToShow and isWeak', () => {
  const text = 'Python developer\nAbout us\nWe use Docker.\nRequirements\n- Docker and Python\n';
  const sections = readSections(text);
  const spansOf = (word: string) => [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index, end: m.index + word.length }));

  it('shows the mention in the requirements rather than the first one', () => {
    expect(phraseToShow(text, spansOf('Docker'), sections)).toEqual({ start: text.lastIndexOf('Docker'), end: text.lastIndexOf('Docker') + 6, text: 'Docker' });
  });

  it('calls evidence weak when the skill is named only outside the parts that ask for skills', () => {
    expect(isWeak(spansOf('Python').slice(0, 1), sections)).toBe(true);
    expect(isWeak(spansOf('Python'), sections)).toBe(false);
    expect(isWeak([{ start: 0, end: 6 }], readSections('Python developer, remote'))).toBe(false);
  });

  it('tells years from words', () => {
    expect(isYearsCue('5+ years')).toBe(true);
    expect(isYearsCue('familiarity with')).toBe(false);
  });
});

describe('proposeRoleFromAd evidence on a labelled posting', () => {
  const text = readPosting('genai-engineer.txt');
  const { evidence } = proposeRoleFromAd(text, loadCatalog(), { id: 'x', title: 'x', today: '2026-12-05' });
  const of = (skillId: string) => evidence.find((item) => item.skillId === skillId)!;

  it('gives each skill the phrase it was read from, as offsets into the posting', () => {
    for (const item of evidence) expect(text.slice(item.phrase.start, item.phrase.end)).toBe(item.phrase.text);
    expect(of('python-programming').phrase.text).toBe('Python');
  });

  it('says why each level: a cue, years, or the seniority of the title', () => {
    expect(of('python-programming')).toMatchObject({ level: 4, levelReason: 'cue', levelCue: 'Expert' });
    expect(of('docker-containers')).toMatchObject({ level: 3, levelReason: 'seniority', levelCue: 'Senior' });
  });
});
