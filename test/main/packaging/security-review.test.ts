/** The rules of scripts/security-review.ts, on hand-made findings and Markdown. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodeSuppression, Finding, ReviewRecord } from '../../../scripts/security-review';
import {
  findCodeSuppressions,
  formatVerdict,
  isPassing,
  judgeFindings,
  neutraliseDirectives,
  parseAcceptedLowFindings,
  parseReviewedSuppressions,
  withoutDirective,
} from '../../../scripts/security-review';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LOW_HEADER = '| Check | Severity | File | Reason |\n|---|---|---|---|\n';
const SUPPRESSION_HEADER = '| Check | File | Code | Reason |\n|---|---|---|---|\n';
const OPENER_LINE = 'const open = createSafeOpener((url) => shell.openExternal(url));';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'TENTATIVE',
    manualReview: true,
    file: 'main/index.ts',
    line: 12,
    column: 4,
    code: `${OPENER_LINE} // eng-reviewed OPEN_EXTERNAL_JS_CHECK`,
    description: 'Review the use of openExternal',
    ...overrides,
  };
}

function comment(overrides: Partial<CodeSuppression> = {}): CodeSuppression {
  return { file: 'main/index.ts', line: 12, checks: ['OPEN_EXTERNAL_JS_CHECK'], code: OPENER_LINE, ...overrides };
}

const row = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.ts', code: OPENER_LINE, reason: 'checked opener' };
const record = (overrides: Partial<ReviewRecord> = {}): ReviewRecord => ({
  acceptedLow: [],
  reviewedSuppressions: [row],
  codeSuppressions: [comment()],
  ...overrides,
});

describe('the real SECURITY-FINDINGS.md', () => {
  const markdown = readFileSync(resolve(ROOT, 'SECURITY-FINDINGS.md'), 'utf8');

  it('lists only LOW findings, each with a real reason', () => {
    const rows = parseAcceptedLowFindings(markdown);
    for (const entry of rows) expect(entry.reason.length).toBeGreaterThan(60);
  });

  it('lists only review prompts as suppressions, each quoting its line and a real reason', () => {
    const rows = parseReviewedSuppressions(markdown);
    expect(rows.map((entry) => entry.check).sort()).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
    for (const entry of rows) {
      expect(entry.reason.length).toBeGreaterThan(60);
      expect(readFileSync(resolve(ROOT, entry.file), 'utf8')).toContain(entry.code);
    }
  });
});

describe('parseAcceptedLowFindings', () => {
  it('reads LOW rows, with forward slashes', () => {
    expect(parseAcceptedLowFindings(`# T\n\n${LOW_HEADER}| CSP_GLOBAL_CHECK | low | renderer\\index.html | fine |\n\nafter`)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'fine' },
    ]);
  });

  it.each([
    ['no table', 'nothing here', /has no/],
    ['no separator line', '| Check | Severity | File | Reason |\n| A | LOW | a.ts | r |', /separator/],
    ['a missing reason', `${LOW_HEADER}| A | LOW | a.ts |  |`, /empty cell/],
    ['a MEDIUM row', `${LOW_HEADER}| A | MEDIUM | a.ts | r |`, /MEDIUM finding cannot be accepted/],
    ['a HIGH row', `${LOW_HEADER}| A | HIGH | a.ts | r |`, /HIGH finding cannot be accepted/],
    ['a CRITICAL row', `${LOW_HEADER}| A | CRITICAL | a.ts | r |`, /CRITICAL finding cannot be accepted/],
    ['an INFORMATIONAL row', `${LOW_HEADER}| A | INFORMATIONAL | a.ts | r |`, /never fail/],
    ['an unknown severity', `${LOW_HEADER}| A | SEVERE | a.ts | r |`, /Unknown severity/],
    ['a wrong number of cells', `${LOW_HEADER}| A | LOW | a.ts |`, /Malformed/],
    ['a lower-case check id', `${LOW_HEADER}| csp | LOW | a.ts | r |`, /check id/],
  ])('rejects %s', (_name, markdown, message) => {
    expect(() => parseAcceptedLowFindings(markdown)).toThrow(message);
  });
});

describe('parseReviewedSuppressions', () => {
  it('unwraps backticks and unescapes pipes', () => {
    expect(parseReviewedSuppressions(`${SUPPRESSION_HEADER}| A_CHECK | main\\a.ts | \`a \\|\\| b\` | because |`)).toEqual([
      { check: 'A_CHECK', file: 'main/a.ts', code: 'a || b', reason: 'because' },
    ]);
  });

  it('needs the code it suppresses', () => {
    expect(() => parseReviewedSuppressions(`${SUPPRESSION_HEADER}| A_CHECK | main/a.ts |  | because |`)).toThrow(/empty cell/);
  });
});

describe('findCodeSuppressions', () => {
  it('finds // and /* */ comments with one or several checks, in upper case, and the code before them', () => {
    const text = ['// header', `${OPENER_LINE} // eng-disable OPEN_EXTERNAL_JS_CHECK`, 'x: 1, /* eng-disable preload_js_check, SANDBOX_JS_CHECK */'].join('\n');
    expect(findCodeSuppressions([{ path: 'main\\index.ts', text }])).toEqual([
      { file: 'main/index.ts', line: 2, checks: ['OPEN_EXTERNAL_JS_CHECK'], code: OPENER_LINE },
      { file: 'main/index.ts', line: 3, checks: ['PRELOAD_JS_CHECK', 'SANDBOX_JS_CHECK'], code: 'x: 1,' },
    ]);
  });

  it('ignores the word outside a comment', () => {
    expect(findCodeSuppressions([{ path: 'a.ts', text: 'const note = "eng-disable X";' }])).toEqual([]);
  });
});

describe('neutraliseDirectives and withoutDirective', () => {
  it('turns every directive into one the scanner ignores, and strips either from a flagged line', () => {
    const neutral = neutraliseDirectives(`a(); // eng-disable X\nb(); /* ENG-DISABLE Y */`);
    expect(neutral).not.toMatch(/eng-disable/i);
    expect(findCodeSuppressions([{ path: 'a.ts', text: neutral }])).toEqual([]);
    expect(withoutDirective('a(); // eng-reviewed X')).toBe('a();');
    expect(withoutDirective('a(); // eng-disable X')).toBe('a();');
  });
});

describe('judgeFindings', () => {
  it('fails every MEDIUM, HIGH and CRITICAL finding that no comment suppresses', () => {
    for (const severity of ['MEDIUM', 'HIGH', 'CRITICAL'] as const) {
      const verdict = judgeFindings([finding({ severity, line: 40 })], record({ codeSuppressions: [], reviewedSuppressions: [] }));
      expect(verdict.blocking).toHaveLength(1);
      expect(isPassing(verdict)).toBe(false);
    }
  });

  it('passes a review prompt suppressed in code and listed with the same line of code', () => {
    const verdict = judgeFindings([finding()], record());
    expect(verdict.suppressed).toEqual([{ finding: finding(), entry: row }]);
    expect(isPassing(verdict)).toBe(true);
  });

  it('fails a suppressed review prompt that the list does not carry, or carries for other code', () => {
    expect(judgeFindings([finding()], record({ reviewedSuppressions: [] })).blocking[0].why).toMatch(/not listed/);
    const moved = judgeFindings([finding()], record({ reviewedSuppressions: [{ ...row, code: 'shell.openExternal(other)' }] }));
    expect(moved.blocking).toHaveLength(1);
    expect(moved.staleSuppressionRows).toHaveLength(1);
  });

  it('never lets a comment suppress a check that is not a review prompt, nor a CRITICAL one', () => {
    const sandbox = finding({ check: 'SANDBOX_JS_CHECK', manualReview: false });
    const verdict = judgeFindings([sandbox], record({ codeSuppressions: [comment({ checks: ['SANDBOX_JS_CHECK'] })], reviewedSuppressions: [{ ...row, check: 'SANDBOX_JS_CHECK' }] }));
    expect(verdict.blocking[0].why).toMatch(/only review prompts/);
    const critical = judgeFindings([finding({ severity: 'CRITICAL' })], record());
    expect(critical.blocking[0].why).toMatch(/CRITICAL/);
  });

  it('does not let a comment for one check hide another on the same line', () => {
    const other = finding({ check: 'PRELOAD_JS_CHECK' });
    expect(judgeFindings([finding(), other], record()).blocking.map((entry) => entry.finding.check)).toEqual(['PRELOAD_JS_CHECK']);
  });

  it('fails a comment that suppresses nothing and a comment on the first line', () => {
    const unused = judgeFindings([], record({ reviewedSuppressions: [] }));
    expect(unused.badComments[0].why).toMatch(/reports nothing/);
    const fileWide = judgeFindings([finding({ line: 1 })], record({ codeSuppressions: [comment({ line: 1 })] }));
    expect(fileWide.badComments.map((bad) => bad.why)).toEqual([expect.stringMatching(/whole file/)]);
    expect(isPassing(fileWide)).toBe(false);
  });

  it('passes LOW findings listed by check and file, fails the others, and reports stale rows', () => {
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html', line: 5 });
    const listed = { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'fine' };
    const gone = { check: 'GONE_CHECK', file: 'main/x.ts', reason: 'fine' };
    const verdict = judgeFindings([low], record({ acceptedLow: [listed, gone], codeSuppressions: [], reviewedSuppressions: [] }));
    expect(verdict.acceptedLow).toEqual([{ finding: low, entry: listed }]);
    expect(verdict.staleLowRows).toEqual([gone]);
    expect(judgeFindings([low], record({ codeSuppressions: [], reviewedSuppressions: [] })).blocking[0].why).toMatch(/LOW finding not listed/);
  });

  it('only reports INFORMATIONAL findings', () => {
    const info = finding({ check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', severity: 'INFORMATIONAL', line: 99 });
    const verdict = judgeFindings([info], record({ codeSuppressions: [], reviewedSuppressions: [] }));
    expect(verdict.informational).toEqual([info]);
    expect(isPassing(verdict)).toBe(true);
  });
});

describe('formatVerdict', () => {
  it('lists findings from the most severe down, with why each fails, then stale rows and bad comments', () => {
    const verdict = judgeFindings(
      [finding({ severity: 'HIGH', check: 'CONTEXT_ISOLATION_JS_CHECK', manualReview: false, line: 30 }), finding(), finding({ severity: 'LOW', check: 'CSP_GLOBAL_CHECK', line: 5 })],
      record({ acceptedLow: [{ check: 'GONE_CHECK', file: 'main/x.ts', reason: 'r' }], codeSuppressions: [comment(), comment({ line: 50 })] }),
    );
    const text = formatVerdict(verdict);
    expect(text.indexOf('HIGH (1)')).toBeLessThan(text.indexOf('MEDIUM (1)'));
    expect(text.indexOf('MEDIUM (1)')).toBeLessThan(text.indexOf('LOW (1)'));
    expect(text).toContain('[FAILS: HIGH: fix the code so the scanner sees it is safe] CONTEXT_ISOLATION_JS_CHECK main/index.ts:30:4');
    expect(text).toContain('[review prompt, suppressed after review] OPEN_EXTERNAL_JS_CHECK main/index.ts:12:4');
    expect(text).toContain('STALE ROW in SECURITY-FINDINGS.md: LOW GONE_CHECK in main/x.ts');
    expect(text).toContain('BAD eng-disable COMMENT at main/index.ts:50');
  });
});
