/**
 * One version everywhere: package.json is what electron-builder stamps on the installers and
 * what app.getVersion() returns, which the About box shows (test/main/index.test.ts clicks it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
  scripts: Record<string, string>;
};
const changelog = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');

describe('release metadata', () => {
  it('has a plain semantic version', () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('describes the current version as the newest CHANGELOG entry, with an ISO date', () => {
    const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/gm)];
    expect(releases.length).toBeGreaterThan(0);
    expect(releases[0][1]).toBe(manifest.version);
    expect(Number.isNaN(Date.parse(releases[0][2]))).toBe(false);
  });

  it('runs the type check, the linter and the security scan in npm test, side by side, before the tests', () => {
    expect(manifest.scripts.test).toBe('npm run checks && npm run test:unit && npm run test:e2e');
    expect(manifest.scripts.checks).toBe('tsx scripts/run-checks.ts');
    const runner = readFileSync(resolve(ROOT, 'scripts', 'run-checks.ts'), 'utf8');
    expect(runner).toContain("const CHECKS = ['typecheck', 'lint', 'scan'] as const;");
    expect(manifest.scripts.scan).toBe('tsx scripts/security-scan.ts');
  });

  it('checks the release metadata first, then builds every platform through electron-builder.yml', () => {
    for (const [script, platform] of [['dist', ''], ['dist:linux', ' linux'], ['dist:mac', ' mac'], ['dist:win', ' win']]) {
      expect(manifest.scripts[script]).toMatch(
        new RegExp(`^tsx scripts/release-check\\.ts${platform} && electron-vite build && electron-builder --config electron-builder\\.yml`),
      );
    }
  });
});
