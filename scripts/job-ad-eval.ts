/**
 * Prints recall and precision of the job-ad reader on the labelled postings, overall, per
 * language and per posting, with what it missed and what it got wrong.
 *
 *   npx tsx scripts/job-ad-eval.ts
 */
import { scoreAll, totals, type PostingScore } from '../test/core/analysis/jobAd/evaluate';

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
const scores = scoreAll();

const line = (name: string, group: readonly PostingScore[]) => {
  const { recall, precision, tierAgreement } = totals(group);
  console.log(`${name.padEnd(44)} recall ${percent(recall).padStart(8)}  precision ${percent(precision).padStart(8)}  core/plus right ${percent(tierAgreement).padStart(8)}`);
};

for (const score of scores) {
  line(score.file, [score]);
  if (score.missed.length > 0) console.log(`    missed: ${score.missed.join(', ')}`);
  if (score.wrong.length > 0) console.log(`    wrong:  ${score.wrong.join(', ')}`);
}
console.log('');
line('English', scores.filter((score) => score.language === 'en'));
line('French', scores.filter((score) => score.language === 'fr'));
line('Tuned on (cues written with them in view)', scores.filter((score) => !score.heldOut));
line('Held out (never tuned on)', scores.filter((score) => score.heldOut));
line('All postings', scores);
