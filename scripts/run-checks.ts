/**
 * `npm run checks`: the type check, the lint and the security scan at the same time.
 *
 * Each is single-threaded, so on a two-core machine running them side by side saves about the
 * length of the shortest, out of a test budget of ten minutes. Each check's output is held back
 * and printed whole when it ends, so the three never interleave line by line. The exit code is
 * 1 when any check failed, and the summary names which.
 */
import { spawn } from 'node:child_process';

const CHECKS = ['typecheck', 'lint', 'scan'] as const;

interface CheckResult {
  name: string;
  code: number;
  seconds: number;
}

function runScript(name: string): Promise<CheckResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      process.stdout.write(`── ${name} (${seconds.toFixed(1)} s) ──\n${text === '' ? '' : `${text}\n`}`);
      resolve({ name, code: code ?? 1, seconds });
    });
    child.on('error', (error) => {
      process.stdout.write(`── ${name} could not start: ${error.message}\n`);
      resolve({ name, code: 1, seconds: 0 });
    });
  });
}

const results = await Promise.all(CHECKS.map(runScript));
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
if (failed.length > 0) {
  process.stdout.write(`Failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`Passed: ${CHECKS.join(', ')}\n`);
}
