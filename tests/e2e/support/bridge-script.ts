/** Bundles bridge-entry.ts (and the shared contract with zod) into one script for page.addInitScript. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let cached: Promise<string> | undefined;

export function bridgeScript(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: fileURLToPath(new URL('./bridge-entry.ts', import.meta.url)),
          formats: ['iife'],
          name: 'aikmBridge',
        },
      },
    });
    const bundle = (Array.isArray(output) ? output[0] : output) as { output: Array<{ type: string; code?: string }> };
    const chunk = bundle.output.find((o) => o.type === 'chunk');
    if (!chunk?.code) throw new Error('bridge bundle is empty');
    return chunk.code;
  })();
  return cached;
}
