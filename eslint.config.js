// Lint enforces the process boundaries: the renderer cannot reach Node or Electron, `src/shared` stays
// platform-free, only the renderer's lib/ipc.ts touches window.api, and only the stores import it (so
// components and pages reach main one way: through store actions).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'events',
  'stream',
  'worker_threads',
];

/** What no renderer file may import; `extra` adds patterns (a later block replaces the whole rule, so it is built here). */
const rendererImports = (extra) => ({
  paths: [{ name: 'electron', message: 'The renderer talks to main only through window.api (lib/ipc.ts).' }],
  patterns: [
    { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node modules.' },
    { group: ['**/main/**', '**/preload/**'], message: 'The renderer may import src/shared only.' },
    ...extra,
  ],
});
const ipcOnlyInStores = {
  group: ['**/lib/ipc', '**/lib/ipc.ts'],
  message: 'Call a store action (src/renderer/src/store): only stores import lib/ipc.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/insecure-app/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'The renderer must stay sandboxed.' },
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'No Node in the renderer.' },
        {
          selector: "Property[key.name='contextIsolation'][value.value=false]",
          message: 'Context isolation must stay on.',
        },
      ],
    },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'src/cli/**/*.ts',
      'bin/**/*.cjs',
      'tests/**/*.{ts,mjs}',
      'bench/**/*.ts',
      '*.config.ts',
      '*.config.js',
      'scripts/**/*',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImports([ipcOnlyInStores])],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Import `api` from lib/ipc.ts.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'require', message: 'No Node in the renderer.' },
        { name: 'process', message: 'No Node in the renderer.' },
      ],
    },
  },
  {
    files: ['src/renderer/src/lib/ipc.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/renderer/src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', rendererImports([])] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$)[^./]',
              message: 'src/shared is platform-free: it may import zod and shared modules only.',
            },
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'src/shared must not depend on a process.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
);
