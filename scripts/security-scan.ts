/**
 * `npm run scan`: Electronegativity over the app's sources (main/, preload/, renderer/ and
 * package.json), judged by scripts/security-review.ts against SECURITY-FINDINGS.md.
 *
 * Electronegativity's CLI exits 0 whatever it finds, and its CSV writer races its own header
 * write (rows can come out garbled), so this script calls its Node API, which returns the
 * findings and parse errors as objects. It scans a copy of the sources in which every
 * `eng-disable` comment is neutralised, so the tool reports everything and the review rules
 * (security-review.ts) decide what a comment may suppress. It fails (exit 1) on any finding of
 * MEDIUM or above that is not a reviewed review prompt, on an unlisted LOW finding, on a stale
 * list entry or comment, and on a source file the scanner could not parse (it would silently go
 * unscanned). Offline, the scanner waits about 10 s for Electron's release list before it gives
 * up on that one check.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FINDINGS_FILE,
  findCodeSuppressions,
  formatVerdict,
  isPassing,
  judgeFindings,
  neutraliseDirectives,
  parseAcceptedLowFindings,
  parseReviewedSuppressions,
  toSeverity,
  type Finding,
} from './security-review';

/** What is scanned, relative to the project root. out/ holds the same code, bundled. */
export const SCANNED_PATHS = ['main', 'preload', 'renderer', 'package.json'];
/** The files in which an `eng-disable` comment can hide a finding. */
const COMMENTABLE = /\.(?:[cm]?[jt]sx?|html?)$/i;

/** The parts of an Electronegativity issue object this script reads (its API is untyped). */
export interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string | null;
  description: string;
  manualReview?: boolean;
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
    manualReview: issue.manualReview === true,
    file: issue.file.replaceAll('\\', '/'),
    line: issue.location.line,
    column: issue.location.column,
    code: (issue.sample ?? '').trim(),
    description: issue.description,
  }));
}

type RunElectronegativity = (options: Record<string, unknown>) => Promise<ScannerResult>;

/** Every file under the scanned paths that can carry an `eng-disable` comment, with its text. */
export async function readCommentableSources(root: string): Promise<Array<{ path: string; text: string }>> {
  const files: Array<{ path: string; text: string }> = [];
  for (const scanned of SCANNED_PATHS) {
    const entries = scanned.includes('.') ? [scanned] : await readdir(join(root, scanned), { recursive: true });
    for (const entry of entries) {
      const path = scanned.includes('.') ? entry : join(scanned, entry);
      if (!COMMENTABLE.test(path) || path.split(/[\\/]/).includes('node_modules')) continue;
      files.push({ path: relative(root, join(root, path)).replaceAll('\\', '/'), text: await readFile(join(root, path), 'utf8') });
    }
  }
  return files;
}

async function scanSources(projectRoot: string, electronVersion: string): Promise<ScannerResult> {
  const workspace = await mkdtemp(join(tmpdir(), 'skillgap-scan-'));
  try {
    // One input folder with the project's layout, so findings read main/x.ts.
    const input = join(workspace, 'skillgap');
    for (const path of SCANNED_PATHS) await cp(join(projectRoot, path), join(input, path), { recursive: true });
    for (const { path, text } of await readCommentableSources(input)) {
      const neutral = neutraliseDirectives(text);
      if (neutral !== text) await writeFile(join(input, path), neutral);
    }
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
  const findingsMarkdown = await readFile(join(projectRoot, FINDINGS_FILE), 'utf8');
  const record = {
    acceptedLow: parseAcceptedLowFindings(findingsMarkdown),
    reviewedSuppressions: parseReviewedSuppressions(findingsMarkdown),
    codeSuppressions: findCodeSuppressions(await readCommentableSources(projectRoot)),
  };
  console.log(`Electronegativity: scanning ${SCANNED_PATHS.join(', ')} as Electron ${electronVersion}...`);
  const result = await scan(projectRoot, electronVersion);
  const findings = toFindings(result.issues);
  const verdict = judgeFindings(findings, record);
  console.log(formatVerdict(verdict));
  for (const error of result.errors) {
    const file = error.file.replaceAll('\\', '/');
    if (error.tolerable) console.warn(`Warning while parsing ${file}: ${error.message}`);
    else console.error(`Could not parse ${file} (${error.message}): it was not scanned.`);
  }
  const unparsed = result.errors.filter((error) => !error.tolerable).length;
  const failed = !isPassing(verdict) || unparsed > 0;
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const tally = `CRITICAL ${count('CRITICAL')}, HIGH ${count('HIGH')}, MEDIUM ${count('MEDIUM')}, LOW ${count('LOW')}, INFORMATIONAL ${count('INFORMATIONAL')}`;
  console.log(
    failed
      ? `Security scan FAILED: ${verdict.blocking.length} failing finding(s), ${verdict.staleLowRows.length + verdict.staleSuppressionRows.length} stale row(s) in ${FINDINGS_FILE}, ${verdict.badComments.length} bad eng-disable comment(s), ${unparsed} unparsed file(s).`
      : `Security scan passed. Found ${tally}; ${verdict.suppressed.length} review prompt(s) suppressed after review, ${verdict.acceptedLow.length} LOW listed with reasons.`,
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
