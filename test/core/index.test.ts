/**
 * The core's barrel (core/index.ts) is what every screen imports, so whatever it pulls in lands in
 * the first screen's JavaScript (docs/design.md "Speed budgets"). The job-ad reader's stemmers and
 * the calendar writer are imported from their own modules; this bundles the barrel as the
 * renderer would and checks neither came back through it.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function bundledPackages(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    treeShaking: true,
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (match) packages.add(match[1]);
  }
  return [...packages].sort();
}

describe('core/index.ts', () => {
  it('does not bring the job-ad stemmers or the calendar writer into the screens', async () => {
    const packages = await bundledPackages('core/index.ts');
    expect(packages).toContain('zod');
    expect(packages).not.toContain('snowball-stemmers');
    expect(packages).not.toContain('ical-generator');
  }, 60_000);

  it('still has them where they are used', async () => {
    expect(await bundledPackages('core/analysis/jobAd/index.ts')).toContain('snowball-stemmers');
    expect(await bundledPackages('core/export/ics.ts')).toContain('ical-generator');
  }, 60_000);
});
