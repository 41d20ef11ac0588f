import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * zod's classic schemas import its JSON Schema converter (toJSONSchema and a processor per schema
 * type), so a bundle carries it even when nothing converts a schema: about 5 kB gzipped of the
 * first screen's JavaScript (docs/design.md "Speed budgets"). The renderer only parses, so its
 * build replaces the two modules with ones exporting the same names: the converters throw when
 * called, and the factories zod calls while building a schema (`create...Method`) return a
 * method that throws. main, the CLI and the tests keep the real modules.
 */
export const ZOD_JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](?:to-json-schema|json-schema-processors)\.js$/;

const STUB_PREFIX = '\0skillgap-zod-json-schema:';

export const JSON_SCHEMA_UNAVAILABLE = 'zod JSON Schema conversion is not built into the renderer (scripts/build/zodWithoutJsonSchema.ts).';

/** The names an ES module exports, read from its `export function|const ...` and `export { a as b }` lines. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** The stand-in for one of the two modules, from the real module's source. */
export function zodJsonSchemaStub(source: string): string {
  return [
    `const unavailable = () => { throw new Error(${JSON.stringify(JSON_SCHEMA_UNAVAILABLE)}); };`,
    ...exportedNames(source).map((name) =>
      name.startsWith('create') ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`,
    ),
  ].join('\n');
}

export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'skillgap-zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/[\\/]node_modules[\\/]zod[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && ZOD_JSON_SCHEMA_MODULES.test(resolved.id) ? STUB_PREFIX + resolved.id : null;
    },
    load(id) {
      return id.startsWith(STUB_PREFIX) ? zodJsonSchemaStub(readFileSync(id.slice(STUB_PREFIX.length), 'utf8')) : null;
    },
  };
}
