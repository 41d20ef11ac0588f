/**
 * The ESLint rules that keep security-sensitive Electron calls in their one reviewed place
 * (SECURITY-FINDINGS.md): windows in main/window.ts, the system browser in main/index.ts.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const NEW_WINDOW = "import { BrowserWindow } from 'electron';\nexport const make = () => new BrowserWindow({});\n";
const OPEN_LINK = "import { shell } from 'electron';\nexport const open = (url: string) => shell.openExternal(url);\n";

describe('ESLint security guards', () => {
  it.each(['main/print/printPlan.ts', 'main/somewhere/new.ts', 'preload/index.ts'])('refuses new BrowserWindow in %s', async (file) => {
    expect(await ruleIdsFor(NEW_WINDOW, file)).toContain('no-restricted-syntax');
  });

  it('allows it in main/window.ts, where the reviewed preferences are', async () => {
    expect(await ruleIdsFor(NEW_WINDOW, 'main/window.ts')).not.toContain('no-restricted-syntax');
  });

  it.each(['main/ipc/handlers.ts', 'main/security/guards.ts', 'renderer/src/App.tsx'])('refuses an openExternal call in %s', async (file) => {
    expect(await ruleIdsFor(OPEN_LINK, file)).toContain('no-restricted-properties');
  });

  it('allows it in main/index.ts, where the checked opener is made', async () => {
    expect(await ruleIdsFor(OPEN_LINK, 'main/index.ts')).not.toContain('no-restricted-properties');
  });
});
