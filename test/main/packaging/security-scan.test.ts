/**
 * The judging half of scripts/security-scan.ts, with Electronegativity replaced by canned
 * results (the real scan runs in `npm test` as `npm run scan`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, ReviewedEntry, ScannerIssue, ScannerResult } from '../../../scripts/security-scan';
import { formatVerdict, judgeFindings, main, parseReviewedFindings, toFindings } from '../../../scripts/security-scan';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const HEADER = '| Check | Severity | File | Code | Reason |\n|---|---|---|---|---|\n';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'TENTATIVE',
    file: 'main/index.ts',
    line: 27,
    column: 47,
    code: 'shell.openExternal(url);',
    description: 'Review the use of openExternal',
    ...overrides,
  };
}

function entry(overrides: Partial<ReviewedEntry> = {}): ReviewedEntry {
  return { check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', file: 'main/index.ts', code: 'shell.openExternal(url);', reason: 'checked', ...overrides };
}

describe('parseReviewedFindings', () => {
  it('reads the real SECURITY-FINDINGS.md: every row has a reason, MEDIUM and HIGH rows quote code', () => {
    const entries = parseReviewedFindings(readFileSync(resolve(ROOT, 'SECURITY-FINDINGS.md'), 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const row of entries) {
      expect(row.reason.length).toBeGreaterThan(40);
      if (row.severity !== 'LOW') expect(row.code).not.toBeNull();
    }
  });

  it('unwraps backticks, unescapes pipes and reads "-" as no code', () => {
    const markdown = `# Title\n\n${HEADER}| A_CHECK | MEDIUM | main/a.ts | \`a \\|\\| b\` | because |\n| B_CHECK | low | renderer\\x.html | - | fine |\n\nafter`;
    expect(parseReviewedFindings(markdown)).toEqual([
      { check: 'A_CHECK', severity: 'MEDIUM', file: 'main/a.ts', code: 'a || b', reason: 'because' },
      { check: 'B_CHECK', severity: 'LOW', file: 'renderer/x.html', code: null, reason: 'fine' },
    ]);
  });

  it.each([
    ['no table', 'nothing here', /has no/],
    ['no separator line', '| Check | Severity | File | Code | Reason |\n| A | LOW | a.ts | - | r |', /separator/],
    ['a missing reason', `${HEADER}| A | LOW | a.ts | - |  |`, /reason/],
    ['a MEDIUM row without code', `${HEADER}| A | MEDIUM | a.ts | - | r |`, /must quote/],
    ['a CRITICAL row', `${HEADER}| A | CRITICAL | a.ts | \`x\` | r |`, /CRITICAL/],
    ['an INFORMATIONAL row', `${HEADER}| A | INFORMATIONAL | a.ts | - | r |`, /never fail/],
    ['an unknown severity', `${HEADER}| A | SEVERE | a.ts | - | r |`, /Unknown severity/],
    ['a wrong number of cells', `${HEADER}| A | LOW | a.ts | r |`, /Malformed/],
    ['a lower-case check id', `${HEADER}| open_external | LOW | a.ts | - | r |`, /check id/],
  ])('rejects %s', (_name, markdown, message) => {
    expect(() => parseReviewedFindings(markdown)).toThrow(message);
  });
});

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
        file: 'renderer/index.html',
        line: 5,
        column: 0,
        code: "default-src 'none'",
        description: 'One or more CSP directives detected seems to be vulnerable',
      },
    ]);
  });

  it('accepts an issue without a sample and refuses an unknown severity', () => {
    expect(toFindings([{ ...issue, sample: null }])[0].code).toBe('');
    expect(() => toFindings([{ ...issue, severity: { name: 'SEVERE' } }])).toThrow(/Unknown severity/);
  });
});

describe('judgeFindings', () => {
  it('accepts a MEDIUM finding only with the same check, severity, file and code', () => {
    const reviewed = entry();
    expect(judgeFindings([finding({ code: '  shell.openExternal(url);' })], [reviewed]).accepted).toHaveLength(1);
    for (const changed of [{ code: 'shell.openExternal(other);' }, { file: 'main/other.ts' }, { severity: 'HIGH' as const }, { check: 'X' }]) {
      const verdict = judgeFindings([finding(changed)], [reviewed]);
      expect(verdict.blocking).toHaveLength(1);
      expect(verdict.stale).toEqual([reviewed]);
    }
  });

  it('accepts LOW findings by check and file, whatever the code', () => {
    const reviewed = entry({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html', code: null });
    const findings = [finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html', code: "script-src 'self'" })];
    expect(judgeFindings(findings, [reviewed])).toEqual({
      blocking: [],
      accepted: [{ finding: findings[0], entry: reviewed }],
      informational: [],
      stale: [],
    });
  });

  it('blocks every CRITICAL finding, even one that matches a row', () => {
    const critical = finding({ severity: 'CRITICAL' });
    expect(judgeFindings([critical], [entry({ severity: 'CRITICAL' })]).blocking).toEqual([critical]);
  });

  it('only reports INFORMATIONAL findings', () => {
    const info = finding({ check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', severity: 'INFORMATIONAL' });
    expect(judgeFindings([info], [])).toEqual({ blocking: [], accepted: [], informational: [info], stale: [] });
  });
});

describe('formatVerdict', () => {
  it('lists findings from the most severe down, with their status, and stale rows', () => {
    const verdict = judgeFindings(
      [finding({ severity: 'LOW', check: 'CSP_GLOBAL_CHECK' }), finding(), finding({ severity: 'HIGH', check: 'CONTEXT_ISOLATION_JS_CHECK' })],
      [entry(), entry({ check: 'GONE_CHECK', severity: 'LOW', code: null })],
    );
    const text = formatVerdict(verdict);
    expect(text.indexOf('HIGH (1)')).toBeLessThan(text.indexOf('MEDIUM (1)'));
    expect(text.indexOf('MEDIUM (1)')).toBeLessThan(text.indexOf('LOW (1)'));
    expect(text).toContain('[NOT REVIEWED] CONTEXT_ISOLATION_JS_CHECK main/index.ts:27:47');
    expect(text).toContain('[reviewed] OPEN_EXTERNAL_JS_CHECK main/index.ts:27:47');
    expect(text).toContain('STALE ENTRY in SECURITY-FINDINGS.md: GONE_CHECK LOW main/index.ts');
  });
});

describe('main', () => {
  const reviewedIssues = (): ScannerIssue[] =>
    parseReviewedFindings(readFileSync(resolve(ROOT, 'SECURITY-FINDINGS.md'), 'utf8')).map((row) => ({
      id: row.check,
      file: row.file,
      location: { line: 1, column: 0 },
      severity: { name: row.severity },
      confidence: { name: 'FIRM' },
      sample: row.code ?? 'anything',
      description: 'canned',
    }));

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

  it('scans as the Electron version pinned in package.json and passes when every finding is reviewed', async () => {
    const run = await scanWith({ issues: reviewedIssues(), errors: [] });
    expect(run.scan).toHaveBeenCalledWith(ROOT, '45.4.1');
    expect(run.code).toBe(0);
    expect(run.output).toContain('Security scan passed');
  });

  it('fails on a finding nobody reviewed', async () => {
    const extra: ScannerIssue = { ...reviewedIssues()[0], id: 'NODE_INTEGRATION_JS_CHECK', severity: { name: 'MEDIUM' } };
    const run = await scanWith({ issues: [...reviewedIssues(), extra], errors: [] });
    expect(run.code).toBe(1);
    expect(run.output).toContain('[NOT REVIEWED] NODE_INTEGRATION_JS_CHECK');
  });

  it('fails when a reviewed finding is gone (stale row) or a file could not be parsed', async () => {
    expect((await scanWith({ issues: reviewedIssues().slice(1), errors: [] })).code).toBe(1);
    const broken = await scanWith({ issues: reviewedIssues(), errors: [{ file: 'main/x.ts', message: 'Unexpected token', tolerable: false }] });
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('Could not parse main/x.ts');
  });

  it('only warns about a tolerable parse error', async () => {
    const run = await scanWith({ issues: reviewedIssues(), errors: [{ file: 'main/x.ts', message: 'odd', tolerable: true }] });
    expect(run.code).toBe(0);
    expect(run.output).toContain('Warning while parsing main/x.ts');
  });
});
