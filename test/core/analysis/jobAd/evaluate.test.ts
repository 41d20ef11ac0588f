import { scoreAll, totals } from './evaluate';

/*
 * Floors at the figures reached when issue #16's parser landed (scripts/job-ad-eval.ts prints
 * them per posting): a change that loses skills or adds noise on the labelled postings fails
 * here. The held-out postings were never used to tune the catalog cues, so their floor is the
 * honest one. Raise the floors when the figures rise; do not lower them to let a change through.
 * On 2026-12-06 the set grew from 14 to 30 postings: 16 written and labelled blind, all held out,
 * covering the ten roles the first 14 did not. The same day's French cues were written with two
 * of them in view, which count as tuned on since. The floors are the figures measured then. Issue #16 asks for 85 % recall and 80 %
 * precision in each language: not reached yet (French recall is the weakest).
 */
describe('the job-ad reader on the labelled postings', () => {
  const scores = scoreAll();

  it.each([
    ['all postings', () => scores, 0.81, 0.83],
    ['English postings', () => scores.filter((score) => score.language === 'en'), 0.82, 0.83],
    ['French postings', () => scores.filter((score) => score.language === 'fr'), 0.78, 0.85],
    ['held-out postings', () => scores.filter((score) => score.heldOut), 0.73, 0.8],
    ['postings the cues were tuned on', () => scores.filter((score) => !score.heldOut), 0.93, 0.88],
  ] as const)('keeps recall and precision on %s above their floors', (_name, pick, recallFloor, precisionFloor) => {
    const { recall, precision } = totals(pick());
    expect(recall).toBeGreaterThanOrEqual(recallFloor);
    expect(precision).toBeGreaterThanOrEqual(precisionFloor);
  });

  it('puts at least 95 % of the skills it finds on the right side of core and plus', () => {
    expect(totals(scores).tierAgreement).toBeGreaterThanOrEqual(0.95);
  });

  it('labels at least 30 postings, at least 5 of them in French', () => {
    expect(scores.length).toBeGreaterThanOrEqual(30);
    expect(scores.filter((score) => score.language === 'fr').length).toBeGreaterThanOrEqual(5);
  });
});
