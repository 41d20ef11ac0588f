import { closeSharedBrowser, startHarness } from '../e2e/harness';
const PROFILE = { name: 'Bench', background: 'customer-support' as const, skills: [{ skillId: 'computing-fundamentals', level: 2 as const }], targetRoleIds: ['ai-engineer'], weeklyHours: 6, studyDays: [1, 2, 3, 4, 5] as (0|1|2|3|4|5|6)[], startDate: '2027-01-18' };
const SCRIPT = `({ skillId, level }) => {
  const row = document.querySelector('[data-testid="gap-table"] tr[data-skill-id="' + skillId + '"]');
  const radio = row.querySelector('input[type="radio"][value="' + level + '"]');
  const readiness = document.querySelector('[data-testid="readiness-percent"]');
  const before = readiness.textContent;
  const t0 = performance.now();
  radio.click();
  const t1 = performance.now();
  const changedSync = readiness.textContent !== before;
  return new Promise((resolve) => {
    const wait = () => { if (readiness.textContent !== before) { const t2 = performance.now(); requestAnimationFrame(() => { const t3 = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => resolve({ click: t1 - t0, changedSync, changed: t2 - t0, raf: t3 - t0, painted: performance.now() - t0 }); c.port2.postMessage(null); }); } else setTimeout(wait, 0); };
    wait();
  });
}`;
async function main() {
  const harness = await startHarness({ locale: 'en', colorScheme: 'light' });
  await harness.service().saveProfile(PROFILE);
  const { page } = harness;
  await harness.openApp('/roles/ai-engineer');
  await page.getByTestId('fit-radar-chart').locator('svg').first().waitFor();
  const skillId = await page.getByTestId('gap-table').locator('tbody tr').first().getAttribute('data-skill-id');
  for (let i = 0; i < 8; i++) {
    console.log(JSON.stringify(await page.evaluate(`(${SCRIPT})(${JSON.stringify({ skillId, level: i % 2 === 0 ? 4 : 0 })})`)));
    await page.waitForTimeout(700);
  }
  if (process.argv.includes('--trace')) {
    await harness.context.tracing?.start?.({});
  }
  await harness.close();
  await closeSharedBrowser();
}
main();
