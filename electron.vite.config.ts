import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Two entries: the app's main process, and the `aikm` CLI (plain Node, loaded by bin/aikm.mjs). The
      // CLI imports only Node built-ins and a few platform-free modules, so it runs outside Electron.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/index.ts'), aikm: resolve(import.meta.dirname, 'src/cli/aikm.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can `require` only `electron` and a few built-ins, so zod (used by the
      // contract) must be inlined and the output must be CommonJS despite "type": "module".
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: 'index.cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
