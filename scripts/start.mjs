#!/usr/bin/env node
// @ts-check
/**
 * `npm start` (`start.mjs preview`: build, then run) and `npm run dev` (`start.mjs dev`: hot reload).
 * Makes sure Electron's binary is here first (electron-binary.mjs), then hands over to electron-vite.
 * Arguments after `--` go to Electron: `npm start -- --password-store=gnome-libsecret`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ElectronUnavailable, ensureElectron, runInstaller } from './lib/electron-binary.mjs';

const [mode, ...electronArgs] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error('usage: node scripts/start.mjs preview|dev [Electron switches…]');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const MB = 1024 * 1024;
let lastShown = -1;

let execPath;
try {
  execPath = await ensureElectron({
    electronDir,
    env: process.env,
    log: (line) => console.error(line),
    install: () =>
      runInstaller({
        electronDir,
        env: process.env,
        onProgress(transferred, total) {
          const tenth = total ? Math.floor((transferred / total) * 10) : Math.floor(transferred / (10 * MB));
          if (tenth === lastShown) return;
          lastShown = tenth;
          const size = total ? ` of ${(total / MB).toFixed(0)} MB` : '';
          console.error(`  ${(transferred / MB).toFixed(0)} MB${size}`);
        },
      }),
  });
} catch (error) {
  if (!(error instanceof ElectronUnavailable)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}

const electronVite = JSON.parse(readFileSync(require.resolve('electron-vite/package.json'), 'utf8'));
const cli = join(dirname(require.resolve('electron-vite/package.json')), electronVite.bin['electron-vite']);
const child = spawn(process.execPath, [cli, mode, ...(electronArgs.length > 0 ? ['--', ...electronArgs] : [])], {
  stdio: 'inherit',
  // electron-vite honours ELECTRON_EXEC_PATH before it reads node_modules/electron/path.txt, which is
  // how an Electron given by ELECTRON_OVERRIDE_DIST_PATH reaches it.
  env: { ...process.env, ELECTRON_EXEC_PATH: execPath },
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
