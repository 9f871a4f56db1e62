#!/usr/bin/env node
// `aikm` (package.json "bin"): runs the CLI that `npm run build` bundles to out/cli/aikm.cjs. Plain Node
// (>= 22.12), no Electron. Exit code 11 when it has not been built, so scripts can tell that apart.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: Node starts it faster than an ES module. */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'out', 'cli', 'aikm.cjs');
if (!existsSync(built)) {
  process.stderr.write('aikm is not built yet: run `npm run build` in the AI Key Manager folder, then try again.\n');
  process.exit(11);
}
// V8's compiled code is kept on disk between runs: aikm starts before every command it wraps.
require('node:module').enableCompileCache?.();
require(built);
