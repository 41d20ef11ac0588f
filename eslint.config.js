import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Only main/ may touch Electron or the store library. core/ has its stricter list below:
    // in a flat config the last block that sets a rule for a file wins, so core must not be here.
    files: ['renderer/**/*.{ts,tsx}', 'preload/channels.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'electron-store', 'conf'] }],
    },
  },
  {
    // The domain stays pure: no Electron, no React, no file system, no DOM, no clock reads.
    // test/lint/core-purity.test.ts proves a later block does not undo this.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'electron',
            'electron-store',
            'conf',
            'react',
            'react-dom',
            '@mantine/*',
            'node:*',
            'fs',
            'fs/*',
            'path',
            'os',
            'crypto',
            'child_process',
            'worker_threads',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'core runs without a page: the renderer passes what it needs',
        })),
        ...['process', 'Buffer', 'require'].map((name) => ({ name, message: 'core runs without Node: main passes what it needs' })),
        { name: 'performance', message: 'core takes "today" as a parameter' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core takes "today" as a parameter' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core takes "today" as a parameter' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'core is deterministic' },
      ],
    },
  },
  {
    // Security-sensitive Electron calls live in one reviewed place each (SECURITY-FINDINGS.md):
    // windows in main/window.ts, the system browser in main/index.ts.
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    ignores: ['main/window.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name=/^(BrowserWindow|BrowserView|WebContentsView)$/]",
          message: 'Create windows with createSecureWindow in main/window.ts, which sets the reviewed web preferences.',
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['main/index.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'openExternal', message: 'Open links through the checked opener made in main/index.ts (createSafeOpener).' },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
