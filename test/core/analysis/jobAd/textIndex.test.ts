import { readFileSync, readdirSync } from 'node:fs';
import { findImportanceCues, findLevelCues, sentenceAround, wordsBetween } from '../../../../core/analysis/jobAd/cues';
import { findSkillsInText } from '../../../../core/analysis/jobAd/findSkills';
import { foldWithMap } from '../../../../core/analysis/jobAd/text';
import { indexText, lowerBound, upperBound } from '../../../../core/analysis/jobAd/textIndex';
import { sampleCatalog } from '../sampleCatalog';

const catalog = sampleCatalog();
const fixtureDirectory = new URL('../../../fixtures/job-ads/', import.meta.url);
const fixtures = readdirSync(fixtureDirectory)
  .sort()
  .map((name) => readFileSync(new URL(name, fixtureDirectory), 'utf8'));

/** Small deterministic generator (mulberry32), so every run checks the same texts. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Postings cut up and shuffled with cues, punctuation, accents and filler: where edges get odd. */
function mixedTexts(count: number): string[] {
  const random = randomFrom(12);
  const pieces = [
    ...fixtures.flatMap((text) => text.split(/(\s+)/)),
    ...['expert', 'strong', '5+ years', 'a plus.', 'nice to have', 'required', 'un atout', 'maîtrise', 'and', 'et'],
    ...[',', ';', '.', '(', '/', ':', ' ', '\n', '•', 'é', 'e\u0301', 'ß', '\u00a0', 'R&D', 'C++', 'Node.js', 'Python', 'SQL'],
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: 20 + Math.floor(random() * 80) }, () => pieces[Math.floor(random() * pieces.length)]).join(
      random() < 0.5 ? ' ' : '',
    ),
  );
}

const texts = [...fixtures, ...mixedTexts(60)];

describe('indexText', () => {
  it.each(texts.map((text, at) => [at, text]))('answers as sentenceAround and wordsBetween do (text %i)', (_at, text) => {
    const spans = findSkillsInText(text, catalog.skills)
      .flatMap((mention) => mention.occurrences)
      .sort((a, b) => a.start - b.start);
    const cues = [...findLevelCues(text), ...findImportanceCues(text)];
    const index = indexText(text, foldWithMap(text), spans);
    let compared = 0;
    for (const span of spans) {
      expect(index.sentenceAround(span.start, span.end)).toEqual(sentenceAround(text, span.start, span.end));
      const others = spans.filter((other) => other !== span);
      for (const cue of cues) {
        if (cue.start >= span.end) {
          expect(index.wordsBetween(span.end, cue.start, true)).toBe(wordsBetween(text, span.end, cue.start, others));
          compared += 1;
        }
        const next = spans.find((other) => other.start >= cue.end);
        if (next) expect(index.wordsBetween(cue.end, next.start, false)).toBe(wordsBetween(text, cue.end, next.start, []));
      }
    }
    // Whenever a cue follows a skill, the index was asked at least once.
    if (spans.some((span) => cues.some((cue) => cue.start >= span.end))) expect(compared).toBeGreaterThan(0);
  });

  it('tells whether a stretch holds a loose separator or anything but whitespace', () => {
    const text = 'Python  and SQL, Docker \n (Go)';
    const index = indexText(text, foldWithMap(text), []);
    for (let from = 0; from <= text.length; from += 1) {
      for (let to = from; to <= text.length; to += 1) {
        const slice = text.slice(from, to);
        expect(index.hasLoose(from, to)).toBe(/[,;:(/]/.test(slice));
        expect(index.hasNonSpace(from, to)).toBe(slice.trim() !== '');
      }
      const found = text.slice(from).search(/\S/);
      expect(index.nextNonSpace(from)).toBe(found < 0 ? text.length : from + found);
    }
  });

  it('counts the words of a long stretch of filler and skills as no word at all', () => {
    const text = `${'Python and '.repeat(4000)}expert.`;
    const spans = findSkillsInText(text, catalog.skills).flatMap((mention) => mention.occurrences);
    expect(spans).toHaveLength(4000);
    const index = indexText(text, foldWithMap(text), spans);
    expect(index.wordsBetween(spans[0].end, text.indexOf('expert'), true)).toBe(0);
    expect(index.wordsBetween(spans[0].end, text.indexOf('expert'), false)).toBe(3999);
  });
});

describe('lowerBound and upperBound', () => {
  it('find the first value at least, or more than, the target', () => {
    const values = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((target) => lowerBound(values, target))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([0, 1, 2, 3, 4, 7, 8].map((target) => upperBound(values, target))).toEqual([0, 1, 1, 3, 3, 4, 4]);
  });
});
