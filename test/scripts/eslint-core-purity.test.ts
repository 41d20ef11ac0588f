/**
 * core/ stays pure (docs/architecture.md "Folders"): ESLint refuses Node, Electron, React, the DOM
 * and clock reads there. Each case lints a real file written in core/, so a later block of
 * eslint.config.js that sets the same rules for core/ (it happened) makes this fail.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints `code` as a temporary file of core/store/, removed afterwards. */
async function lintInCore(code: string): Promise<string[]> {
  const file = path.join(ROOT, 'core', 'store', `lint-probe-${randomUUID()}.ts`);
  fs.writeFileSync(file, code);
  try {
    const [result] = await eslint.lintFiles([file]);
    return result.messages.map((message) => message.ruleId ?? message.message);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('ESLint keeps core/ pure', () => {
  it('accepts a pure module, so the refusals below are about what they add', async () => {
    expect(await lintInCore('export const twice = (value: number): number => value * 2;\n')).toEqual([]);
  });

  it.each([
    ['a Node built-in', "import fs from 'node:fs';\nexport const read = () => fs.readFileSync('x');\n"],
    ['a Node built-in without the prefix', "import path from 'path';\nexport const join = () => path.join('a', 'b');\n"],
    ['Electron', "import { app } from 'electron';\nexport const name = () => app.getName();\n"],
    ['the store library', "import Store from 'electron-store';\nexport const make = () => new Store();\n"],
    ['React', "import { useState } from 'react';\nexport const hook = () => useState(0);\n"],
  ])('refuses an import of %s', async (_what, code) => {
    expect(await lintInCore(code)).toContain('no-restricted-imports');
  });

  it.each([
    ['Date.now()', 'export const now = () => Date.now();\n'],
    ['new Date()', 'export const today = () => new Date();\n'],
    ['Math.random()', 'export const roll = () => Math.random();\n'],
  ])('refuses %s', async (_what, code) => {
    expect(await lintInCore(code)).toContain('no-restricted-syntax');
  });

  it.each([
    ['the page', 'export const title = () => document.title;\n'],
    ['the process', 'export const home = () => process.env.HOME;\n'],
  ])('refuses reaching %s', async (_what, code) => {
    expect(await lintInCore(code)).toContain('no-restricted-globals');
  });
});
