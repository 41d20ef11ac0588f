/**
 * `npm run -s advice -- <persona.json>... [--json] [--locale en|fr]`: the advice the app gives a
 * persona, from the same core functions (docs/advice.md). Without files it runs every persona of
 * test/fixtures/personas/ and checks each against its bounds. Exit 0 when all hold, 1 when one
 * falls outside its bounds, 2 on a bad file or argument (the message names the problem).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogSchema } from '../core/model/catalog';
import { boundViolations } from './advice/bounds';
import { parsePersona, PersonaError } from './advice/persona';
import { adviceFor } from './advice/report';
import { summaryText } from './advice/summary';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..');
export const PERSONA_DIRECTORY = join(repoRoot, 'test', 'fixtures', 'personas');

function usage(message: string): never {
  process.stderr.write(`advice: ${message}\nusage: npm run -s advice -- [persona.json...] [--json] [--locale en|fr]\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const files: string[] = [];
  let json = false;
  let locale: 'en' | 'fr' | undefined;
  for (let at = 0; at < argv.length; at += 1) {
    const argument = argv[at];
    if (argument === '--json') json = true;
    else if (argument === '--locale') {
      const value = argv[(at += 1)];
      if (value !== 'en' && value !== 'fr') usage(`--locale must be en or fr, got ${value ?? 'nothing'}`);
      locale = value;
    } else if (argument.startsWith('--')) usage(`unknown option ${argument}`);
    else files.push(argument);
  }
  const checkBounds = files.length === 0;
  const paths = checkBounds
    ? readdirSync(PERSONA_DIRECTORY).filter((name) => name.endsWith('.json')).sort().map((name) => join(PERSONA_DIRECTORY, name))
    : files;
  const catalog = CatalogSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'assets', 'catalog.json'), 'utf8')));
  const personas = paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new PersonaError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return parsePersona(text, path, catalog);
  });
  let outside = 0;
  const reports = personas.map((persona) => {
    const language = locale ?? persona.locale ?? 'en';
    const report = adviceFor(persona, catalog, language);
    const violations = boundViolations(report, persona.bounds);
    if (violations.length > 0) outside += 1;
    return { report, violations, language };
  });
  if (json) {
    const output = reports.map(({ report }) => report);
    process.stdout.write(`${JSON.stringify(output.length === 1 ? output[0] : output, null, 2)}\n`);
  } else {
    const texts = reports.map(({ report, violations, language }) => summaryText(report, catalog, language, checkBounds || violations.length > 0 ? violations : null));
    process.stdout.write(`${texts.join('\n\n')}\n`);
  }
  if (outside > 0) {
    if (json) for (const { report, violations } of reports) for (const line of violations) process.stderr.write(`${report.persona}: ${line}\n`);
    process.exitCode = 1;
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof PersonaError) usage(error.message);
  throw error;
}
