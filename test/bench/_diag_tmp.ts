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
  const cdp = process.argv.includes('--profile') ? await harness.context.newCDPSession(page) : null; if (!cdp) { for (let i = 0; i < 10; i++) { console.log(JSON.stringify(await page.evaluate(`(${SCRIPT})(${JSON.stringify({ skillId, level: i % 2 === 0 ? 4 : 0 })})`))); await page.waitForTimeout(700); } await harness.close(); await closeSharedBrowser(); return; }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let i = 0; i < 4; i++) { await page.evaluate(`(${SCRIPT})(${JSON.stringify({ skillId, level: i % 2 === 0 ? 4 : 0 })})`); await page.waitForTimeout(700); }
  await cdp.send('Profiler.start');
  for (let i = 0; i < 8; i++) {
    console.log(JSON.stringify(await page.evaluate(`(${SCRIPT})(${JSON.stringify({ skillId, level: i % 2 === 0 ? 4 : 0 })})`)));
    await page.waitForTimeout(700);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<number, number>();
  const dt = profile.timeDeltas; 
  profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const byUrl = new Map<string, number>(); const byFn = new Map<string, number>();
  for (const [id, us] of self) { const n: any = byId.get(id); const url = (n.callFrame.url || '(none)').split('/').pop(); byUrl.set(url, (byUrl.get(url) ?? 0) + us); const fn = url + ':' + n.callFrame.functionName + ':' + n.callFrame.lineNumber + ':' + n.callFrame.columnNumber; byFn.set(fn, (byFn.get(fn) ?? 0) + us); }
  console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([u, us]) => u + ' ' + (us / 1000).toFixed(1) + 'ms').join('\n'));
  console.log([...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([u, us]) => u + ' ' + (us / 1000).toFixed(1) + 'ms').join('\n'));
  const total = new Map<number, number>();
  const visit = (id: number): number => { const n: any = byId.get(id); let t = self.get(id) ?? 0; for (const c of n.children ?? []) t += visit(c); total.set(id, t); return t; };
  visit(profile.nodes[0].id);
  const byName = new Map<string, number>();
  for (const [id, us] of total) { const n: any = byId.get(id); const name = n.callFrame.functionName; if (!name) continue; byName.set(name, (byName.get(name) ?? 0) + us); }
  const under = new Map<string, number>();
  const walk = (id: number, inClick: boolean, seen: Set<string>) => { const n: any = byId.get(id); const name = n.callFrame.functionName; const now = inClick || name === (process.env.ROOT_FN ?? 'click'); if (now && name && !seen.has(name)) { under.set(name, (under.get(name) ?? 0) + (total.get(id) ?? 0)); } const next = new Set(seen); if (name) next.add(name); for (const c of n.children ?? []) walk(c, now, next); };
  walk(profile.nodes[0].id, false, new Set());
  console.log('--- under click');
  console.log([...under].sort((a, b) => b[1] - a[1]).slice(0, 90).map(([u, us]) => u + ' ' + (us / 1000).toFixed(1) + 'ms').join('\n'));
  console.log('--- inclusive by name');
  console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([u, us]) => u + ' ' + (us / 1000).toFixed(1) + 'ms').join('\n'));
  await harness.close();
  await closeSharedBrowser();
}
main();
