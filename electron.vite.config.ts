import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * The provider SDKs, each bundled into a chunk of its own that main loads the first time a key of its
 * provider is tested. Bundled because they are devDependencies (electron-vite leaves only `dependencies` to
 * node_modules): importing one file blocks the main process for 26–67 ms, where an SDK's hundreds of ES
 * modules from node_modules blocked it for 107–161 ms.
 */
const SDK_CHUNKS: Record<string, string> = {
  'sdk-openai': 'openai',
  'sdk-anthropic': '@anthropic-ai/sdk',
  'sdk-genai': '@google/genai',
};
const inPackage = (name: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${name.replace('/', '[\\\\/]')}[\\\\/]`);

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: Object.entries(SDK_CHUNKS).map(([name, pkg]) => ({ name, test: inPackage(pkg) })),
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
