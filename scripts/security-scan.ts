/**
 * `npm run scan`: Electronegativity over the app's sources (main/, preload/, renderer/ and
 * package.json), judged against SECURITY-FINDINGS.md.
 *
 * Electronegativity's CLI exits 0 whatever it finds, and its CSV writer races its own header
 * write (rows can come out garbled), so this script calls its Node API, which returns the
 * findings and parse errors as objects, and fails (exit 1) on:
 * - any CRITICAL finding;
 * - a HIGH or MEDIUM finding unless SECURITY-FINDINGS.md lists it by check, severity, file and
 *   the exact flagged line of code (so a changed line needs a fresh review);
 * - a LOW finding unless the list has its check, severity and file;
 * - a list entry that no longer matches any finding (the list stays true);
 * - a source file the scanner could not parse (it would silently go unscanned).
 * INFORMATIONAL findings are printed only. Offline, the scanner waits about 10 s for Electron's
 * release list before it gives up on that one check.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What is scanned, relative to the project root. out/ holds the same code, bundled. */
export const SCANNED_PATHS = ['main', 'preload', 'renderer', 'package.json'];
export const FINDINGS_FILE = 'SECURITY-FINDINGS.md';

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The flagged line of code, trimmed (for the CSP check: the policy). */
  code: string;
  description: string;
}

export interface ReviewedEntry {
  check: string;
  severity: Severity;
  file: string;
  /** Required for MEDIUM and HIGH; optional for LOW, where check and file are enough. */
  code: string | null;
  reason: string;
}

function toSeverity(raw: string, context: string): Severity {
  const value = raw.trim().toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new Error(`Unknown severity "${raw}" in ${context}.`);
  return value as Severity;
}

/** The parts of an Electronegativity issue object this script reads (its API is untyped). */
export interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string | null;
  description: string;
}

export interface ScannerError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface ScannerResult {
  issues: ScannerIssue[];
  errors: ScannerError[];
}

export function toFindings(issues: ScannerIssue[]): Finding[] {
  return issues.map((issue) => ({
    check: issue.id,
    severity: toSeverity(issue.severity.name, `the ${issue.id} finding`),
    confidence: issue.confidence.name,
    file: issue.file.replaceAll('\\', '/'),
    line: issue.location.line,
    column: issue.location.column,
    code: (issue.sample ?? '').trim(),
    description: issue.description,
  }));
}

const TABLE_HEADER = ['check', 'severity', 'file', 'code', 'reason'];

function splitTableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

function unwrapCode(cell: string): string | null {
  const match = /^(`+)\s?([\s\S]*?)\s?\1$/.exec(cell);
  const code = (match ? match[2] : cell).trim();
  return code === '' || code === '-' ? null : code;
}

/**
 * The reviewed findings table of SECURITY-FINDINGS.md: the first Markdown table whose header is
 * | Check | Severity | File | Code | Reason |. Throws on a malformed entry, so a typo cannot
 * quietly accept a finding.
 */
export function parseReviewedFindings(markdown: string): ReviewedEntry[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim().startsWith('|') && splitTableRow(line).map((cell) => cell.toLowerCase()).join() === TABLE_HEADER.join());
  if (start === -1) throw new Error(`${FINDINGS_FILE} has no "| Check | Severity | File | Code | Reason |" table.`);
  if (!/^\|?(\s*:?-{3,}:?\s*\|){4}\s*:?-{3,}:?\s*\|?$/.test(lines[start + 1]?.trim() ?? '')) {
    throw new Error(`The findings table in ${FINDINGS_FILE} lacks its |---| separator line.`);
  }
  const entries: ReviewedEntry[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = splitTableRow(line);
    if (cells.length !== TABLE_HEADER.length) throw new Error(`Malformed row in ${FINDINGS_FILE}: ${line}`);
    const [check, severityCell, file, codeCell, reason] = cells;
    const severity = toSeverity(severityCell, `${FINDINGS_FILE} row "${line}"`);
    const code = unwrapCode(codeCell);
    if (!/^[A-Z0-9_]+$/.test(check) || file === '') throw new Error(`Row without a check id or file in ${FINDINGS_FILE}: ${line}`);
    if (reason === '') throw new Error(`Row without a reason in ${FINDINGS_FILE}: ${line}`);
    if (severity === 'CRITICAL') throw new Error(`A CRITICAL finding cannot be accepted (${FINDINGS_FILE}: ${line}).`);
    if (severity === 'INFORMATIONAL') throw new Error(`INFORMATIONAL findings never fail the scan; do not list them (${FINDINGS_FILE}: ${line}).`);
    if (severity !== 'LOW' && code === null) {
      throw new Error(`A ${severity} entry must quote the flagged line of code (${FINDINGS_FILE}: ${line}).`);
    }
    entries.push({ check, severity, file: file.replaceAll('\\', '/'), code, reason });
  }
  return entries;
}

export interface Verdict {
  blocking: Finding[];
  accepted: Array<{ finding: Finding; entry: ReviewedEntry }>;
  informational: Finding[];
  stale: ReviewedEntry[];
}

const sameCode = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function matches(entry: ReviewedEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.severity === finding.severity &&
    entry.file === finding.file &&
    (entry.code === null || sameCode(entry.code, finding.code))
  );
}

export function judgeFindings(findings: Finding[], entries: ReviewedEntry[]): Verdict {
  const verdict: Verdict = { blocking: [], accepted: [], informational: [], stale: [] };
  const used = new Set<ReviewedEntry>();
  for (const finding of findings) {
    if (finding.severity === 'INFORMATIONAL') {
      verdict.informational.push(finding);
      continue;
    }
    const entry = finding.severity === 'CRITICAL' ? undefined : entries.find((candidate) => matches(candidate, finding));
    if (entry) {
      used.add(entry);
      verdict.accepted.push({ finding, entry });
    } else {
      verdict.blocking.push(finding);
    }
  }
  verdict.stale = entries.filter((entry) => !used.has(entry));
  return verdict;
}

export function formatVerdict(verdict: Verdict): string {
  const lines: string[] = [];
  const rows = [
    ...verdict.blocking.map((finding) => ({ finding, status: 'NOT REVIEWED' })),
    ...verdict.accepted.map(({ finding }) => ({ finding, status: 'reviewed' })),
    ...verdict.informational.map((finding) => ({ finding, status: 'info' })),
  ];
  for (const severity of [...SEVERITIES].reverse()) {
    const group = rows.filter((row) => row.finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severity} (${group.length})`);
    for (const { finding, status } of group) {
      const where = `${finding.file}:${finding.line}:${finding.column}`;
      lines.push(`  [${status}] ${finding.check} ${where} (${finding.confidence})`);
      lines.push(`      ${finding.description}: ${finding.code.length > 140 ? `${finding.code.slice(0, 137)}...` : finding.code}`);
    }
  }
  if (rows.length === 0) lines.push('No findings.');
  for (const entry of verdict.stale) {
    lines.push(`STALE ENTRY in ${FINDINGS_FILE}: ${entry.check} ${entry.severity} ${entry.file} matches no finding; remove or update it.`);
  }
  return lines.join('\n');
}

type RunElectronegativity = (options: Record<string, unknown>) => Promise<ScannerResult>;

async function scanSources(projectRoot: string, electronVersion: string): Promise<ScannerResult> {
  const workspace = await mkdtemp(join(tmpdir(), 'skillgap-scan-'));
  try {
    // One input folder with the project's layout, so findings read main/x.ts.
    const input = join(workspace, 'skillgap');
    for (const path of SCANNED_PATHS) await cp(join(projectRoot, path), join(input, path), { recursive: true });
    const require = createRequire(import.meta.url);
    const run = require('@doyensec/electronegativity') as RunElectronegativity;
    return await run({ input, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

export interface ScanOptions {
  projectRoot?: string;
  /** Replaceable for tests; the real one takes about 10 s offline. */
  scan?: (projectRoot: string, electronVersion: string) => Promise<ScannerResult>;
}

export async function main({ projectRoot = resolve(import.meta.dirname, '..'), scan = scanSources }: ScanOptions = {}): Promise<number> {
  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const electronVersion = manifest.devDependencies?.electron;
  if (!electronVersion || !/^\d+\.\d+\.\d+$/.test(electronVersion)) {
    console.error('package.json must pin an exact electron version in devDependencies.');
    return 1;
  }
  const entries = parseReviewedFindings(await readFile(join(projectRoot, FINDINGS_FILE), 'utf8'));
  console.log(`Electronegativity: scanning ${SCANNED_PATHS.join(', ')} as Electron ${electronVersion}...`);
  const result = await scan(projectRoot, electronVersion);
  const verdict = judgeFindings(toFindings(result.issues), entries);
  console.log(formatVerdict(verdict));
  for (const error of result.errors) {
    const file = error.file.replaceAll('\\', '/');
    if (error.tolerable) console.warn(`Warning while parsing ${file}: ${error.message}`);
    else console.error(`Could not parse ${file} (${error.message}): it was not scanned.`);
  }
  const unparsed = result.errors.filter((error) => !error.tolerable).length;
  const failed = verdict.blocking.length > 0 || verdict.stale.length > 0 || unparsed > 0;
  console.log(
    failed
      ? `Security scan FAILED: ${verdict.blocking.length} finding(s) not reviewed in ${FINDINGS_FILE}, ${verdict.stale.length} stale entr(ies), ${unparsed} unparsed file(s).`
      : `Security scan passed: ${verdict.accepted.length} reviewed finding(s), ${verdict.informational.length} informational.`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
