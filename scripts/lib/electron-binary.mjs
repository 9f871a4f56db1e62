// @ts-check
/**
 * Makes sure Electron's binary is on this computer before electron-vite looks for it.
 *
 * Since Electron 42 the `electron` package no longer downloads its binary when it is installed: it
 * does so the first time its own CLI runs. electron-vite never runs that CLI — it reads
 * `node_modules/electron/path.txt` and stops with "Electron uninstall" when the download never happened.
 * So `npm start` and `npm run dev` run Electron's own installer (`install.js`, which reads the mirror,
 * cache and proxy variables through @electron/get) first, and only when the binary is missing. Never
 * at `npm install` time: an install must stay offline-safe.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {Readonly<Record<string, string | undefined>>} Env */
/**
 * What the installer child reported (see download-reporter.mjs) and how it ended.
 * @typedef {{
 *   ok: boolean,
 *   url?: string | null,
 *   status?: number | null,
 *   code?: string | null,
 *   message?: string | null,
 *   stalled?: boolean,
 *   exitCode?: number | null,
 * }} InstallReport
 */

export class ElectronUnavailable extends Error {
  /** @override */
  name = 'ElectronUnavailable';
}

/**
 * The executable's path inside an Electron dist folder, as Electron's installer lays it out.
 * @param {string} platform
 */
export function binaryName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** @param {string} file */
function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Where Electron's binary is, without downloading anything.
 * @param {{ electronDir: string, env: Env, platform?: string }} options
 * @returns {{ state: 'present', execPath: string } | { state: 'missing', version: string } | { state: 'misconfigured', message: string }}
 */
export function locateElectron({ electronDir, env, platform = process.platform }) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { state: 'present', execPath: env.ELECTRON_EXEC_PATH }
      : {
          state: 'misconfigured',
          message: `ELECTRON_EXEC_PATH points at ${env.ELECTRON_EXEC_PATH}, which does not exist.`,
        };
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const execPath = join(env.ELECTRON_OVERRIDE_DIST_PATH, binaryName(platform));
    return existsSync(execPath)
      ? { state: 'present', execPath }
      : {
          state: 'misconfigured',
          message: `ELECTRON_OVERRIDE_DIST_PATH is ${env.ELECTRON_OVERRIDE_DIST_PATH}, but ${execPath} does not exist. Point it at the folder that holds the Electron executable.`,
        };
  }
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  // The same three facts Electron's installer checks before it skips a download.
  const installedVersion = readText(join(electronDir, 'dist', 'version'))?.replace(/^v/, '');
  const relativePath = readText(join(electronDir, 'path.txt'));
  const execPath = relativePath && join(electronDir, 'dist', relativePath);
  if (installedVersion === version && execPath && existsSync(execPath)) return { state: 'present', execPath };
  return { state: 'missing', version };
}

/**
 * The binary's path, downloading it once if it is missing; throws ElectronUnavailable with a plain
 * explanation when it cannot be had.
 * @param {{
 *   electronDir: string,
 *   env: Env,
 *   platform?: string,
 *   install: () => Promise<InstallReport>,
 *   log?: (line: string) => void,
 * }} options
 */
export async function ensureElectron({ electronDir, env, platform = process.platform, install, log = () => {} }) {
  const found = locateElectron({ electronDir, env, platform });
  if (found.state === 'present') return found.execPath;
  if (found.state === 'misconfigured') throw new ElectronUnavailable(found.message);
  log(`Electron ${found.version} is not on this computer yet: downloading it once (about 100 MB).`);
  const report = await install();
  const after = locateElectron({ electronDir, env, platform });
  if (report.ok && after.state === 'present') return after.execPath;
  throw new ElectronUnavailable(explainFailure(report, { version: found.version, env, platform }));
}

/** @param {InstallReport} report */
function describeCause(report) {
  if (report.stalled)
    return 'the download stopped making progress (a proxy or firewall may be holding the connection).';
  if (report.status) return `the server answered HTTP ${report.status}.`;
  switch (report.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the server's name could not be resolved (${report.code}): this computer seems to be offline.`;
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `the connection failed (${report.code}).`;
    default:
      return report.message
        ? `${report.message}.`
        : `Electron's installer exited with code ${report.exitCode ?? 'unknown'}.`;
  }
}

/**
 * Where @electron/get looks for a cached zip: `<cache root>/<sha256 of the download's folder URL>/`.
 * @param {string} url
 * @param {Env} env
 * @param {string} platform
 */
export function cacheFolderFor(url, env, platform = process.platform) {
  const folderUrl = new URL(url);
  folderUrl.hash = '';
  folderUrl.search = '';
  folderUrl.pathname = posix.dirname(folderUrl.pathname);
  const digest = createHash('sha256').update(folderUrl.toString()).digest('hex');
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const root =
    env.electron_config_cache ??
    (platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'electron')
      : platform === 'win32'
        ? join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
        : join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron'));
  return join(root, digest);
}

/**
 * The message a person sees when the binary cannot be had: what, from where, why, and every way out.
 * @param {InstallReport} report
 * @param {{ version: string, env: Env, platform?: string }} context
 */
export function explainFailure(report, { version, env, platform = process.platform }) {
  const lines = [`Electron ${version} could not be downloaded, so the app cannot start.`];
  if (report.url) lines.push(`  From: ${report.url}`);
  lines.push(`  Why:  ${describeCause(report)}`, '', 'Ways out (then run the same command again):');
  lines.push('  - Check the connection. Behind a proxy: set HTTPS_PROXY (and NO_PROXY) and ELECTRON_GET_USE_PROXY=1.');
  lines.push(
    '  - Download from a mirror: ELECTRON_MIRROR=<mirror URL ending in />, e.g. a company mirror of the Electron releases.',
  );
  if (report.url) {
    const zip = posix.basename(new URL(report.url).pathname);
    lines.push(`  - Copy ${zip} from another computer into ${cacheFolderFor(report.url, env, platform)}`);
  }
  lines.push(
    `  - Use an Electron ${version.split('.')[0]} already on this computer: ELECTRON_OVERRIDE_DIST_PATH=<folder holding the executable>.`,
  );
  return lines.join('\n');
}

const reporter = fileURLToPath(new URL('./download-reporter.mjs', import.meta.url));

/**
 * Runs Electron's own installer with the reporter loaded into it. Offline it fails in a moment; a
 * download that does not start within `firstByteMs`, or stops for `stallMs`, is ended — so a
 * black-holing proxy cannot keep `npm start` waiting for minutes.
 * @param {{
 *   electronDir: string,
 *   env: Env,
 *   firstByteMs?: number,
 *   stallMs?: number,
 *   onProgress?: (transferred: number, total: number | null) => void,
 * }} options
 * @returns {Promise<InstallReport>}
 */
export function runInstaller({ electronDir, env, firstByteMs = 45_000, stallMs = 30_000, onProgress = () => {} }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', reporter, join(electronDir, 'install.js')], {
      env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    /** @type {InstallReport} */
    const report = { ok: false, url: null, status: null, code: null, message: null, stalled: false, exitCode: null };
    let total = /** @type {number | null} */ (null);
    let stderr = '';
    let timer = setTimeout(stall, firstByteMs);
    function stall() {
      report.stalled = true;
      child.kill('SIGKILL');
    }
    function rearm() {
      clearTimeout(timer);
      timer = setTimeout(stall, stallMs);
    }
    child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('message', (/** @type {any} */ m) => {
      if (m?.type === 'request') report.url = m.url;
      if (m?.type === 'response') {
        if (m.status >= 400) report.status = m.status;
        total = m.total ?? null;
        rearm();
      }
      if (m?.type === 'progress') {
        onProgress(m.transferred, total);
        rearm();
      }
      if (m?.type === 'error') Object.assign(report, { code: m.code ?? null, message: m.message ?? null });
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      report.exitCode = exitCode;
      report.ok = exitCode === 0 && !report.stalled;
      // Installer failures that happen before any request (a bad ELECTRON_MIRROR, an unwritable cache)
      // only show in its own output: keep its last line, not the stack.
      if (!report.ok && !report.message && !report.status && !report.stalled) {
        report.message =
          stderr
            .split('\n')
            .find((line) => /\w/.test(line))
            ?.trim() ?? null;
      }
      resolve(report);
    });
  });
}
