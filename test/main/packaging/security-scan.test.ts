/**
 * scripts/security-scan.ts with Electronegativity replaced by canned results (the real scan runs
 * in `npm test` as `npm run scan`).
 */
import { resolve } from 'node:path';
import type { ScannerIssue, ScannerResult } from '../../../scripts/security-scan';
import { main, readCommentableSources, toFindings } from '../../../scripts/security-scan';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('toFindings', () => {
  const issue: ScannerIssue = {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer\\index.html',
    location: { line: 5, column: 0 },
    severity: { name: 'LOW' },
    confidence: { name: 'FIRM' },
    sample: "  default-src 'none'  ",
    description: 'One or more CSP directives detected seems to be vulnerable',
  };

  it('keeps what the judge needs, with forward slashes and trimmed code', () => {
    expect(toFindings([issue])).toEqual([
      {
        check: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'FIRM',
        manualReview: false,
        file: 'renderer/index.html',
        line: 5,
        column: 0,
        code: "default-src 'none'",
        description: 'One or more CSP directives detected seems to be vulnerable',
      },
    ]);
  });

  it('keeps the manual-review mark, accepts a missing sample and refuses an unknown severity', () => {
    expect(toFindings([{ ...issue, manualReview: true }])[0].manualReview).toBe(true);
    expect(toFindings([{ ...issue, sample: null }])[0].code).toBe('');
    expect(() => toFindings([{ ...issue, severity: { name: 'SEVERE' } }])).toThrow(/Unknown severity/);
  });
});

describe('readCommentableSources', () => {
  it('reads the scanned source files (not package.json, not node_modules) with project-relative paths', async () => {
    const files = await readCommentableSources(ROOT);
    const paths = files.map((file) => file.path);
    expect(paths).toContain('main/window.ts');
    expect(paths).toContain('renderer/index.html');
    expect(paths).toContain('preload/index.ts');
    expect(paths.every((path) => /^(main|preload|renderer)\//.test(path) && !path.includes('node_modules'))).toBe(true);
  });
});

describe('main', () => {
  /** What the real scan reports on this tree today, line numbers read from the sources. */
  async function currentIssues(): Promise<ScannerIssue[]> {
    const files = await readCommentableSources(ROOT);
    const lineOf = (path: string, needle: string) => {
      const lines = files.find((file) => file.path === path)?.text.split('\n') ?? [];
      const index = lines.findIndex((line) => line.includes(needle));
      expect(index).toBeGreaterThanOrEqual(0);
      return { line: index + 1, sample: lines[index] };
    };
    const issue = (id: string, severity: string, path: string, needle: string, manualReview: boolean): ScannerIssue => {
      const { line, sample } = lineOf(path, needle);
      return { id, file: path, location: { line, column: 0 }, severity: { name: severity }, confidence: { name: 'FIRM' }, sample, description: 'canned', manualReview };
    };
    return [
      issue('PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts', 'preload: preloadPath', true),
      issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', 'shell.openExternal(url)', true),
      issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 'Content-Security-Policy', false),
    ];
  }

  async function scanWith(result: ScannerResult) {
    const scan = vi.fn(async () => result);
    const output: string[] = [];
    const capture = (...args: unknown[]) => void output.push(args.join(' '));
    const spies = [
      vi.spyOn(console, 'log').mockImplementation(capture),
      vi.spyOn(console, 'warn').mockImplementation(capture),
      vi.spyOn(console, 'error').mockImplementation(capture),
    ];
    const code = await main({ projectRoot: ROOT, scan });
    spies.forEach((spy) => spy.mockRestore());
    return { code, scan, output: output.join('\n') };
  }

  it('scans as the Electron version pinned in package.json and passes on what the tree reports today', async () => {
    const run = await scanWith({ issues: await currentIssues(), errors: [] });
    expect(run.scan).toHaveBeenCalledWith(ROOT, '45.4.1');
    expect(run.output).toContain('Security scan passed. Found CRITICAL 0, HIGH 0, MEDIUM 2, LOW 1');
    expect(run.code).toBe(0);
  });

  it('fails on any other MEDIUM or HIGH finding', async () => {
    for (const severity of ['MEDIUM', 'HIGH']) {
      const extra: ScannerIssue = { ...(await currentIssues())[0], id: 'SANDBOX_JS_CHECK', severity: { name: severity }, manualReview: false, location: { line: 3, column: 0 } };
      const run = await scanWith({ issues: [...(await currentIssues()), extra], errors: [] });
      expect(run.code).toBe(1);
      expect(run.output).toContain(`[FAILS: ${severity}: fix the code so the scanner sees it is safe] SANDBOX_JS_CHECK`);
    }
  });

  it('fails when a suppressed finding is gone (its comment then suppresses nothing) or a file could not be parsed', async () => {
    const issues = await currentIssues();
    const gone = await scanWith({ issues: issues.slice(1), errors: [] });
    expect(gone.code).toBe(1);
    expect(gone.output).toContain('BAD eng-disable COMMENT at main/window.ts');
    const broken = await scanWith({ issues, errors: [{ file: 'main/x.ts', message: 'Unexpected token', tolerable: false }] });
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('Could not parse main/x.ts');
  });

  it('only warns about a tolerable parse error', async () => {
    const run = await scanWith({ issues: await currentIssues(), errors: [{ file: 'main/x.ts', message: 'odd', tolerable: true }] });
    expect(run.code).toBe(0);
    expect(run.output).toContain('Warning while parsing main/x.ts');
  });
});
