#!/usr/bin/env node
// `aikm` (package.json "bin"): loads the CLI that `npm run build` bundles to out/main/aikm.js. Plain Node
// (>= 22), no Electron. Exit code 11 when it has not been built, so scripts can tell that apart.
import { existsSync } from 'node:fs';

const built = new URL('../out/main/aikm.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('aikm is not built yet: run `npm run build` in the AI Key Manager folder, then try again.\n');
  process.exit(11);
}
await import(built.href);
