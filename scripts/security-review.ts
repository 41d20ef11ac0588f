/**
 * The judging half of `npm run scan` (scripts/security-scan.ts): pure functions that read
 * SECURITY-FINDINGS.md, find the `eng-disable` comments in the sources and decide, finding by
 * finding, whether the scan passes.
 *
 * The rules:
 * - INFORMATIONAL findings are printed and never fail the scan.
 * - A LOW finding passes only when SECURITY-FINDINGS.md lists its check and file with a reason.
 * - A MEDIUM, HIGH or CRITICAL finding always fails the scan: fix the code so that the scanner
 *   can see it is safe. The one exception is a "review prompt": a check that Electronegativity
 *   itself marks for manual review because it fires on every use of a feature, whatever the
 *   code does (every preload script, every call to openExternal). Such a finding passes only
 *   when the flagged line carries the tool's own `eng-disable <CHECK>` comment and
 *   SECURITY-FINDINGS.md lists that check, file and line of code with the reason.
 * - A list entry or an `eng-disable` comment that no longer matches a finding fails the scan,
 *   so neither can outlive the code it was written for. A comment on the first line of a file
 *   (which the tool reads as "for the whole file") is refused.
 */

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDINGS_FILE = 'SECURITY-FINDINGS.md';

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** True for the checks the tool itself says need a human to look at the code. */
  manualReview: boolean;
  /** Relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The flagged line of code, trimmed (for the CSP check: the policy). */
  code: string;
  description: string;
}

/** A row of the "accepted LOW findings" table. */
export interface AcceptedLowFinding {
  check: string;
  file: string;
  reason: string;
}

/** A row of the "suppressed in code" table. */
export interface ReviewedSuppression {
  check: string;
  file: string;
  code: string;
  reason: string;
}

/** An `eng-disable` comment found in a source file. */
export interface CodeSuppression {
  file: string;
  line: number;
  checks: string[];
  /** The line without the comment, trimmed. */
  code: string;
}

export function toSeverity(raw: string, context: string): Severity {
  const value = raw.trim().toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new Error(`Unknown severity "${raw}" in ${context}.`);
  return value as Severity;
}

const CHECK_ID = /^[A-Z0-9_]+$/;
const toSlashes = (path: string) => path.replaceAll('\\', '/');

function splitTableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

function unwrapCode(cell: string): string {
  const match = /^(`+)\s?([\s\S]*?)\s?\1$/.exec(cell);
  return (match ? match[2] : cell).trim();
}

/**
 * The rows of the first Markdown table whose header is exactly `header` (case-insensitive).
 * Throws on a missing table, a missing separator or a row with the wrong number of cells, so a
 * typo cannot quietly accept a finding.
 */
function readTable(markdown: string, header: readonly string[]): Array<{ cells: string[]; line: string }> {
  const lines = markdown.split(/\r?\n/);
  const wanted = header.map((name) => name.toLowerCase()).join('|');
  const start = lines.findIndex((line) => line.trim().startsWith('|') && splitTableRow(line).map((cell) => cell.toLowerCase()).join('|') === wanted);
  const shown = `| ${header.join(' | ')} |`;
  if (start === -1) throw new Error(`${FINDINGS_FILE} has no "${shown}" table.`);
  const separator = lines[start + 1]?.trim() ?? '';
  if (!separator.startsWith('|') || splitTableRow(separator).some((cell) => !/^:?-{3,}:?$/.test(cell)) || splitTableRow(separator).length !== header.length) {
    throw new Error(`The "${shown}" table in ${FINDINGS_FILE} lacks its |---| separator line.`);
  }
  const rows: Array<{ cells: string[]; line: string }> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = splitTableRow(line);
    if (cells.length !== header.length) throw new Error(`Malformed row in ${FINDINGS_FILE}: ${line}`);
    if (!CHECK_ID.test(cells[0])) throw new Error(`Row without a check id in ${FINDINGS_FILE}: ${line}`);
    if (cells.some((cell) => cell === '')) throw new Error(`Row with an empty cell (every row needs a file and a reason) in ${FINDINGS_FILE}: ${line}`);
    rows.push({ cells, line });
  }
  return rows;
}

export const LOW_TABLE = ['Check', 'Severity', 'File', 'Reason'] as const;
export const SUPPRESSION_TABLE = ['Check', 'File', 'Code', 'Reason'] as const;

/** The `| Check | Severity | File | Reason |` table: LOW rows only. */
export function parseAcceptedLowFindings(markdown: string): AcceptedLowFinding[] {
  return readTable(markdown, LOW_TABLE).map(({ cells: [check, severityCell, file, reason], line }) => {
    const severity = toSeverity(severityCell, `${FINDINGS_FILE} row "${line}"`);
    if (severity === 'INFORMATIONAL') throw new Error(`INFORMATIONAL findings never fail the scan; do not list them (${FINDINGS_FILE}: ${line}).`);
    if (severity !== 'LOW') {
      throw new Error(`A ${severity} finding cannot be accepted: change the code so the scanner sees it is safe (${FINDINGS_FILE}: ${line}).`);
    }
    return { check, file: toSlashes(file), reason };
  });
}

/** The `| Check | File | Code | Reason |` table of reviewed `eng-disable` comments. */
export function parseReviewedSuppressions(markdown: string): ReviewedSuppression[] {
  return readTable(markdown, SUPPRESSION_TABLE).map(({ cells: [check, file, codeCell, reason] }) => ({
    check,
    file: toSlashes(file),
    code: unwrapCode(codeCell),
    reason,
  }));
}

// The tool's own pattern (util/exceptions.js in Electronegativity), for // and /* comments.
const DIRECTIVE = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t,]+)/i;
const DIRECTIVE_COMMENT = /\s*(?:\/\*|\/\/)[ \t]*eng-(?:disable|reviewed)\b.*$/i;

/** A flagged line without its `eng-disable` comment, trimmed. */
export function withoutDirective(code: string): string {
  return code.replace(DIRECTIVE_COMMENT, '').trim();
}

/** Every `eng-disable` comment in the given files, with the checks it names. */
export function findCodeSuppressions(files: ReadonlyArray<{ path: string; text: string }>): CodeSuppression[] {
  const found: CodeSuppression[] = [];
  for (const { path, text } of files) {
    text.split(/\r?\n/).forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return;
      const checks = match[1].trim().split(/[\s,]+/).filter(Boolean).map((check) => check.toUpperCase());
      found.push({ file: toSlashes(path), line: index + 1, checks, code: withoutDirective(line) });
    });
  }
  return found;
}

/** Rewrites every `eng-disable` so the scanner reports what it would otherwise hide. */
export function neutraliseDirectives(text: string): string {
  return text.replace(/eng-disable/gi, 'eng-reviewed');
}

export interface BlockingFinding {
  finding: Finding;
  why: string;
}

export interface Verdict {
  blocking: BlockingFinding[];
  acceptedLow: Array<{ finding: Finding; entry: AcceptedLowFinding }>;
  suppressed: Array<{ finding: Finding; entry: ReviewedSuppression }>;
  informational: Finding[];
  staleLowRows: AcceptedLowFinding[];
  staleSuppressionRows: ReviewedSuppression[];
  /** `eng-disable` comments that suppress nothing, or that sit on a file's first line. */
  badComments: Array<{ comment: CodeSuppression; why: string }>;
}

const sameCode = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export interface ReviewRecord {
  acceptedLow: AcceptedLowFinding[];
  reviewedSuppressions: ReviewedSuppression[];
  codeSuppressions: CodeSuppression[];
}

export function judgeFindings(findings: Finding[], record: ReviewRecord): Verdict {
  const verdict: Verdict = {
    blocking: [],
    acceptedLow: [],
    suppressed: [],
    informational: [],
    staleLowRows: [],
    staleSuppressionRows: [],
    badComments: [],
  };
  const usedLow = new Set<AcceptedLowFinding>();
  const usedRows = new Set<ReviewedSuppression>();
  const usedComments = new Set<string>();
  const commentKey = (file: string, line: number, check: string) => `${file}:${line}:${check}`;

  for (const finding of findings) {
    if (finding.severity === 'INFORMATIONAL') {
      verdict.informational.push(finding);
      continue;
    }
    const comment = record.codeSuppressions.find((candidate) => candidate.file === finding.file && candidate.line === finding.line && candidate.checks.includes(finding.check));
    if (comment) {
      usedComments.add(commentKey(comment.file, comment.line, finding.check));
      const row = record.reviewedSuppressions.find((entry) => entry.check === finding.check && entry.file === finding.file && sameCode(entry.code, comment.code));
      if (row) usedRows.add(row);
      if (finding.severity === 'CRITICAL') verdict.blocking.push({ finding, why: 'a CRITICAL finding cannot be suppressed' });
      else if (!finding.manualReview) verdict.blocking.push({ finding, why: 'only review prompts can be suppressed; fix the code' });
      else if (!row) verdict.blocking.push({ finding, why: `suppressed in code but not listed in ${FINDINGS_FILE}` });
      else verdict.suppressed.push({ finding, entry: row });
      continue;
    }
    if (finding.severity !== 'LOW') {
      verdict.blocking.push({ finding, why: `${finding.severity}: fix the code so the scanner sees it is safe` });
      continue;
    }
    const entry = record.acceptedLow.find((candidate) => candidate.check === finding.check && candidate.file === finding.file);
    if (entry) {
      usedLow.add(entry);
      verdict.acceptedLow.push({ finding, entry });
    } else {
      verdict.blocking.push({ finding, why: `LOW finding not listed in ${FINDINGS_FILE}` });
    }
  }
  verdict.staleLowRows = record.acceptedLow.filter((entry) => !usedLow.has(entry));
  verdict.staleSuppressionRows = record.reviewedSuppressions.filter((entry) => !usedRows.has(entry));
  for (const comment of record.codeSuppressions) {
    if (comment.line === 1) verdict.badComments.push({ comment, why: 'on the first line it would disable the check for the whole file' });
    for (const check of comment.checks) {
      if (!usedComments.has(commentKey(comment.file, comment.line, check))) {
        verdict.badComments.push({ comment, why: `${check} reports nothing on this line; remove it from the comment` });
      }
    }
  }
  return verdict;
}

export function isPassing(verdict: Verdict): boolean {
  return (
    verdict.blocking.length === 0 &&
    verdict.staleLowRows.length === 0 &&
    verdict.staleSuppressionRows.length === 0 &&
    verdict.badComments.length === 0
  );
}

const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}...` : text);

export function formatVerdict(verdict: Verdict): string {
  const lines: string[] = [];
  const rows = [
    ...verdict.blocking.map(({ finding, why }) => ({ finding, status: `FAILS: ${why}` })),
    ...verdict.suppressed.map(({ finding }) => ({ finding, status: 'review prompt, suppressed after review' })),
    ...verdict.acceptedLow.map(({ finding }) => ({ finding, status: 'LOW, listed with its reason' })),
    ...verdict.informational.map((finding) => ({ finding, status: 'info' })),
  ];
  for (const severity of [...SEVERITIES].reverse()) {
    const group = rows.filter((row) => row.finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severity} (${group.length})`);
    for (const { finding, status } of group) {
      lines.push(`  [${status}] ${finding.check} ${finding.file}:${finding.line}:${finding.column} (${finding.confidence})`);
      lines.push(`      ${finding.description}: ${shorten(finding.code)}`);
    }
  }
  if (rows.length === 0) lines.push('No findings.');
  for (const entry of verdict.staleLowRows) {
    lines.push(`STALE ROW in ${FINDINGS_FILE}: LOW ${entry.check} in ${entry.file} matches no finding; remove it.`);
  }
  for (const entry of verdict.staleSuppressionRows) {
    lines.push(`STALE ROW in ${FINDINGS_FILE}: suppression of ${entry.check} in ${entry.file} matches no eng-disable comment on a flagged line; remove or update it.`);
  }
  for (const { comment, why } of verdict.badComments) {
    lines.push(`BAD eng-disable COMMENT at ${comment.file}:${comment.line}: ${why}.`);
  }
  return lines.join('\n');
}
