/**
 * Bundles src/cli/aikm.ts the way `npm run build` does (Vite SSR build, Node built-ins external) into a
 * temporary directory, once per test process, so CLI tests run the real program without a full build.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(new URL('../../src/cli/aikm.ts', import.meta.url));
let built: Promise<string> | null = null;

export function buildCli(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'aikm-cli-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: { ssr: entry, outDir, target: 'node22', minify: false, rolldownOptions: { output: { format: 'es', entryFileNames: 'aikm.js' } } },
    });
    return join(outDir, 'aikm.js');
  })();
  return built;
}
