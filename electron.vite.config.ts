import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** The provider SDKs, each bundled into a chunk of its own that main loads the first time a key of its provider is tested. */
const SDK_CHUNKS: Record<string, RegExp> = {
  'sdk-openai': /[\\/]node_modules[\\/]openai[\\/]/,
  'sdk-anthropic': /[\\/]node_modules[\\/]@anthropic-ai[\\/]sdk[\\/]/,
  'sdk-genai': /[\\/]node_modules[\\/]@google[\\/]genai[\\/]/,
};

export default defineConfig({
  main: {
    build: {
      // Bundled, not loaded from node_modules: importing one file blocks the main process for 26–67 ms the
      // first time a provider's key is tested, where an SDK's hundreds of ES modules blocked it for 107–161 ms.
      externalizeDeps: { exclude: ['openai', '@anthropic-ai/sdk', '@google/genai'] },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: Object.entries(SDK_CHUNKS).map(([name, test]) => ({ name, test })),
          },
        },
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
