import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  JSON_SCHEMA_UNAVAILABLE,
  ZOD_JSON_SCHEMA_MODULES,
  exportedNames,
  zodJsonSchemaStub,
} from '../../../scripts/build/zodWithoutJsonSchema';

// zod's package exports hide its files; its directory is found from the resolved entry.
const zodRoot = dirname(createRequire(import.meta.url).resolve('zod/package.json'));
const zodFile = (path: string) => readFileSync(join(zodRoot, path), 'utf8');
const REPLACED = ['v4/core/to-json-schema.js', 'v4/core/json-schema-processors.js'];

describe('zodWithoutJsonSchema', () => {
  it('matches the two converter modules and nothing else of zod', () => {
    for (const path of REPLACED) expect(ZOD_JSON_SCHEMA_MODULES.test(join(zodRoot, path))).toBe(true);
    for (const path of ['v4/core/schemas.js', 'v4/classic/schemas.js', 'v4/core/json-schema-generator.js']) {
      expect(ZOD_JSON_SCHEMA_MODULES.test(join(zodRoot, path))).toBe(false);
    }
  });

  it('reads declared and renamed exports', () => {
    expect(exportedNames('export function a() {}\nexport const b = 1;\nexport { c as d, e };\nconst f = 2;')).toEqual(['a', 'b', 'd', 'e']);
  });

  it('exports every name zod’s schemas and index take from the replaced modules', () => {
    const stubbed = new Set(REPLACED.flatMap((path) => exportedNames(zodFile(path))));
    const classic = zodFile('v4/classic/schemas.js');
    const used = new Set([
      ...[...classic.matchAll(/[^-\w]processors\.(\w+)/g)].map((match) => match[1]),
      ...[...classic.matchAll(/import \{([^}]*)\} from "\.\.\/core\/to-json-schema\.js"/g)].flatMap((match) => match[1].split(',').map((name) => name.trim())),
      'toJSONSchema',
    ]);
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(stubbed, name).toContain(name);
  });

  it('gives functions that throw a message naming why, and factories whose methods throw it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'skillgap-zod-stub-'));
    try {
      const file = join(directory, 'stub.mjs');
      writeFileSync(file, zodJsonSchemaStub(zodFile('v4/core/to-json-schema.js')));
      const stub = (await import(pathToFileURL(file).href)) as Record<string, (...args: unknown[]) => unknown>;
      expect(() => stub.processSchema({}, {})).toThrow(JSON_SCHEMA_UNAVAILABLE);
      const method = stub.createToJSONSchemaMethod({}, {}) as () => unknown;
      expect(() => method()).toThrow(JSON_SCHEMA_UNAVAILABLE);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
