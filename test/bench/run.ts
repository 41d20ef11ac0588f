/**
 * `npm run bench`: prints each measured figure against its docs/design.md budget. Figures only;
 * no test asserts a wall-clock time.
 */
import { benchAnalysis } from './analysis.bench';
import { measureFirstScreenBundle, type BenchFigure } from './bundle';
import { benchFitRepaint } from './fitRepaint.bench';
import { benchJobAd } from './jobAd.bench';
import { benchOccupations } from './occupations.bench';
import { benchOccupationsInBrowser } from './occupationsInBrowser.bench';
import { benchPlanning } from './planning.bench';
import { benchPrint } from './print.bench';
import { benchStartup } from './startup.bench';
import { benchStoreSave } from './storeSave.bench';

interface TimedFigure {
  name: string;
  ms: number;
  budgetMs: number;
}

function asFigures(timed: TimedFigure[]): BenchFigure[] {
  return timed.map((figure) => ({ name: figure.name, value: figure.ms, unit: 'ms', budget: figure.budgetMs }));
}

async function main() {
  const figures: BenchFigure[] = [
    ...asFigures(await benchAnalysis()),
    ...asFigures(await benchPlanning()),
    ...asFigures(await benchFitRepaint()),
    ...asFigures(await benchJobAd()),
    ...(await benchOccupations()),
    ...asFigures(await benchOccupationsInBrowser()),
    ...asFigures(await benchPrint()),
    ...asFigures(await benchStartup()),
    ...asFigures(benchStoreSave()),
    ...measureFirstScreenBundle(),
  ];
  const width = Math.max(...figures.map((figure) => figure.name.length));
  let missed = 0;
  for (const figure of figures) {
    const within = figure.value <= figure.budget;
    if (!within) missed += 1;
    const value = figure.unit === 'ms' ? figure.value.toFixed(3) : figure.value.toFixed(1);
    console.log(
      `${figure.name.padEnd(width)}  ${value.padStart(10)} ${figure.unit}  budget ${figure.budget} ${figure.unit}  ${within ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  console.log(missed === 0 ? '\nAll figures within budget.' : `\n${missed} figure(s) over budget.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
