import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogSchema, type Catalog } from '../../../core/model/catalog';
import { boundViolations } from '../../../scripts/advice/bounds';
import { parsePersona, PersonaError } from '../../../scripts/advice/persona';
import { adviceFor } from '../../../scripts/advice/report';
import { summaryText } from '../../../scripts/advice/summary';

const root = new URL('../../../', import.meta.url).pathname;
const catalog: Catalog = CatalogSchema.parse(JSON.parse(readFileSync(join(root, 'assets/catalog.json'), 'utf8')));
const directory = join(root, 'test/fixtures/personas');
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();

describe('the personas of docs/advice.md', () => {
  it('are all there, each with bounds', () => {
    expect(files).toEqual(['ana.json', 'claire.json', 'ines.json', 'jamal.json', 'julien.json', 'karim.json', 'lea.json', 'leo.json', 'lina.json', 'marie.json', 'mehdi.json', 'nadia.json', 'paul.json', 'priya.json', 'sam.json', 'sophie.json', 'tom.json']);
    for (const file of files) expect(parsePersona(readFileSync(join(directory, file), 'utf8'), file, catalog).bounds).toBeDefined();
  });

  for (const locale of ['en', 'fr'] as const) {
    for (const file of files) {
      it(`${file} holds its bounds in ${locale}`, () => {
        const persona = parsePersona(readFileSync(join(directory, file), 'utf8'), file, catalog);
        const report = adviceFor(persona, catalog, locale);
        expect(boundViolations(report, persona.bounds)).toEqual([]);
        // The same persona twice gives the same advice.
        expect(adviceFor(persona, catalog, locale)).toEqual(report);
        const text = summaryText(report, catalog, locale, []);
        expect(text).toContain(catalog.roles.find((role) => role.id === persona.targets[0])!.title[locale]);
      });
    }
  }

  it('writes days and numbers the way the chosen language does in the readable summary', () => {
    const persona = parsePersona(readFileSync(join(directory, 'sam.json'), 'utf8'), 'sam.json', catalog);
    const french = summaryText(adviceFor(persona, catalog, 'fr'), catalog, 'fr', []);
    const english = summaryText(adviceFor(persona, catalog, 'en'), catalog, 'en', []);
    // Sam starts on Monday 4 January 2027.
    expect(french).toMatch(/^ {2}4 janv\. 2027 → /m);
    expect(english).toMatch(/^ {2}4 Jan 2027 → /m);
    expect(french).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(french).toMatch(/\d+,\d h \(estimation\)|: \d[\d  ]* h, prêt·e le \d{1,2} [a-zéû.]+ \d{4}/);
  });

  it('says next to a role\'s hours how many of its gaps no course in the person\'s languages covers', () => {
    // Mehdi studies in French only: the learning designer's courses are all in English.
    const persona = parsePersona(readFileSync(join(directory, 'mehdi.json'), 'utf8'), 'mehdi.json', catalog);
    const report = adviceFor(persona, catalog, 'fr');
    const designer = report.ranking.find((entry) => entry.roleId === 'ai-learning-designer')!;
    expect(designer.uncoveredGaps).toBeGreaterThan(0);
    const text = summaryText(report, catalog, 'fr', []);
    const escaped = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(`^ {2}${escaped(designer.title)} : .* h \\+ ${designer.uncoveredGaps} écarts qu’aucun cours ne couvre$`, 'm'));
    // Nor is his plan "ready" on the day its French courses end.
    expect(report.plans[0]!.uncovered.length).toBeGreaterThan(0);
    expect(text).toMatch(/^Plan pour .* h, cours terminés le .*, et pas encore prêt·e : /m);
    expect(text).not.toMatch(/^Plan pour .*prêt·e le/m);
    // Sam studies in English and French: each of his five best roles has a course for every gap,
    // and their lines give the hours alone.
    const sam = adviceFor(parsePersona(readFileSync(join(directory, 'sam.json'), 'utf8'), 'sam.json', catalog), catalog, 'en');
    expect(sam.ranking.slice(0, 5).map((entry) => entry.uncoveredGaps)).toEqual([0, 0, 0, 0, 0]);
    expect(summaryText(sam, catalog, 'en', [])).toMatch(new RegExp(`^ {2}${escaped(sam.ranking[0]!.title)}: [^\\n]* h$`, 'm'));
  });

  it('gives the same plans whatever the language of the text', () => {
    for (const file of files) {
      const persona = parsePersona(readFileSync(join(directory, file), 'utf8'), file, catalog);
      // Only the titles of portfolio projects are in the person's language; everything else is the same.
      const untitled = (locale: 'en' | 'fr') =>
        adviceFor(persona, catalog, locale).plans.map((plan) => ({ ...plan, items: plan.items.map(({ title, ...item }) => ({ ...item, title: item.project ? '' : title })) }));
      expect(untitled('fr')).toEqual(untitled('en'));
      const french = adviceFor(persona, catalog, 'fr').plans.flatMap((plan) => plan.items.filter((item) => item.project));
      for (const item of french) expect(item.title).toBe(catalog.courses.find((course) => course.id === item.courseId)!.project!.title.fr);
    }
  });
});

describe('a course written for another audience', () => {
  it('says why it is in Tom’s plan (the marketers’ course, which alone teaches content creation with generative AI to Proficient), and only there', () => {
    const persona = parsePersona(readFileSync(join(directory, 'tom.json'), 'utf8'), 'tom.json', catalog);
    const report = adviceFor(persona, catalog, 'en');
    const flagged = report.plans.flatMap((plan) => plan.items.filter((item) => item.why.otherAudience).map((item) => item.courseId));
    expect(flagged).toEqual(['hubspot-ai-for-marketers']);
    expect(summaryText(report, catalog, 'en', [])).toMatch(/AI for Marketers Certification Course .*written for another audience: the courses for you do not reach every level of this plan/);
    // Tom is a teacher: the course for educators in his plan is written for him.
    expect(report.plans[0].items.some((item) => item.courseId === 'anthropic-ai-fluency-educators' && !item.why.otherAudience)).toBe(true);
  });
});

describe('persona files', () => {
  const valid = { name: 'X', skills: { SQL: 2 }, targets: ['Data analyst'], weeklyHours: 5, startDate: '2027-01-04' };
  const read = (value: unknown) => parsePersona(JSON.stringify(value), 'x.json', catalog);

  it('accept skill ids, English names and aliases, role ids and English titles', () => {
    const persona = read({ ...valid, skills: { 'python-programming': 1, 'Data visualisation': 2, Excel: 3 }, targets: ['data-analyst', 'AI engineer'] });
    expect(persona.skills).toEqual([
      { skillId: 'python-programming', level: 1 },
      { skillId: 'data-visualization', level: 2 },
      { skillId: 'spreadsheets', level: 3 },
    ]);
    expect(persona.targets).toEqual(['data-analyst', 'ai-engineer']);
    expect(persona.languages).toEqual(['en']);
    expect(persona.studyDays).toEqual([1, 2, 3, 4, 5]);
  });

  it('name every unknown skill and role', () => {
    expect(() => read({ ...valid, skills: { juggling: 2, SQL: 1 }, targets: ['astronaut'] })).toThrow(
      new PersonaError('x.json: unknown skill "juggling", role "astronaut"'),
    );
  });

  it('name the field of a bad file', () => {
    expect(() => parsePersona('{ not json', 'bad.json', catalog)).toThrow(/bad\.json: not valid JSON/);
    expect(() => read({ ...valid, weeklyHours: 0 })).toThrow(/weeklyHours: must be more than 0 hours a week/);
    expect(() => read({ ...valid, startDate: '2027-02-30' })).toThrow(/startDate: must be a real date/);
  });
});

describe('bounds', () => {
  it('report a plan outside them', () => {
    const persona = parsePersona(readFileSync(join(directory, 'sam.json'), 'utf8'), 'sam.json', catalog);
    const report = adviceFor(persona, catalog, 'en');
    expect(boundViolations(report, { maxHours: 100, requireSkills: ['seo'], order: [['deep-learning', 'python-programming']] })).toEqual([
      expect.stringMatching(/^ai-engineer: \d+(\.\d+)? h, more than 100$/),
      'ai-engineer: no item teaches seo',
      expect.stringMatching(/^ai-engineer: python-programming \(.+\) comes before deep-learning/),
    ]);
    const stone = report.plans[0]?.steppingStone?.roleId ?? '';
    expect(stone).not.toBe('');
    expect(boundViolations(report, { steppingStoneNotAmong: [stone] })).toEqual([`ai-engineer: stepping stone ${stone}, which this persona must not be sent to`]);
    expect(boundViolations(report, { steppingStoneNotAmong: ['data-center-technician'] })).toEqual([]);
  });
});

describe('a plan with no course the person can take', () => {
  it('says they are not ready and lists what no course teaches, instead of "nothing to learn"', () => {
    const file = JSON.stringify({
      name: 'Camille, HR assistant, French only',
      background: 'human-resources',
      skills: { recruiting: 3, 'written communication': 3 },
      targets: ['ai-augmented-recruiter'],
      weeklyHours: 4,
      startDate: '2027-01-04',
      languages: ['fr'],
    });
    const persona = parsePersona(file, 'camille.json', catalog);
    const report = adviceFor(persona, catalog, 'en');
    expect(report.plans[0].items).toEqual([]);
    expect(report.plans[0].uncovered.length).toBeGreaterThan(0);
    const text = summaryText(report, catalog, 'en', []);
    expect(text).toContain('no course to plan, yet not ready');
    expect(text).not.toContain('nothing to learn');
    expect(text).toContain('Not reachable with the courses on offer:');
    expect(summaryText(adviceFor(persona, catalog, 'fr'), catalog, 'fr', [])).toContain('aucun cours à planifier, et pas encore prêt·e');
  });
});
