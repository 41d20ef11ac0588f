import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { zodWithoutJsonSchema } from './scripts/build/zodWithoutJsonSchema';

/**
 * The dev server needs an inline React refresh preamble and a websocket for hot reload; the
 * built app keeps the strict policy of renderer/index.html untouched.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'skillgap-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws://localhost:* http://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        // The main window's bridge, and the print window's print-only one (main/print/printPlan.ts).
        input: { index: resolve('preload/index.ts'), print: resolve('preload/print.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), relaxCspForDevServer(), zodWithoutJsonSchema()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // zod and the module that turns its eval probe off share one chunk, so the setting runs
          // before any other chunk can parse (renderer/src/zodWithoutEval.ts says why).
          manualChunks(id) {
            if (id.includes('/node_modules/zod/') || id.endsWith('/zodWithoutEval.ts')) return 'zod';
            return undefined;
          },
        },
      },
    },
  },
});
