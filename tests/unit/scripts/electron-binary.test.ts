/**
 * `npm start` / `npm run dev` fetch Electron's binary on first start (scripts/lib/electron-binary.mjs).
 * The decision is tested with a fake installer; Electron's real installer is run against servers on
 * 127.0.0.1 (refusing, failing, hanging, dripping), so no test ever reaches the internet.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ElectronUnavailable,
  binaryName,
  ensureElectron,
  explainFailure,
  locateElectron,
  runInstaller,
} from '../../../scripts/lib/electron-binary.mjs';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const platform = process.platform;
let dir: string;
let electronDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-electron-'));
  electronDir = join(dir, 'electron');
  // Electron's package as npm installs it: no dist/, no path.txt.
  cpSync(join(repo, 'node_modules/electron'), electronDir, {
    recursive: true,
    filter: (source) => !/[/\\](dist|path\.txt)$/.test(source),
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What Electron's installer leaves behind after a successful download. */
function installBinary(version = '45.5.0'): string {
  const execPath = join(electronDir, 'dist', binaryName(platform));
  mkdirSync(join(execPath, '..'), { recursive: true });
  writeFileSync(execPath, '');
  writeFileSync(join(electronDir, 'dist', 'version'), `v${version}`);
  writeFileSync(join(electronDir, 'path.txt'), binaryName(platform));
  return execPath;
}

describe('deciding whether Electron must be downloaded', () => {
  it('uses a binary that is already there and downloads nothing', async () => {
    const execPath = installBinary();
    const install = vi.fn();
    await expect(ensureElectron({ electronDir, env: {}, install })).resolves.toBe(execPath);
    expect(install).not.toHaveBeenCalled();
  });

  it('downloads a missing binary once; the second start downloads nothing', async () => {
    const install = vi.fn(async () => {
      installBinary();
      return { ok: true };
    });
    const log = vi.fn();
    const first = await ensureElectron({ electronDir, env: {}, install, log });
    expect(install).toHaveBeenCalledTimes(1);
    expect(log.mock.calls.join(' ')).toMatch(/downloading it once \(about 100 MB\)/);
    await expect(ensureElectron({ electronDir, env: {}, install })).resolves.toBe(first);
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('downloads again when the binary on disk is another version than the package', async () => {
    installBinary('44.0.0');
    expect(locateElectron({ electronDir, env: {} })).toEqual({ state: 'missing', version: '45.5.0' });
  });

  it('explains a failed download: what, from where, why, and every way out', async () => {
    const url = 'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip';
    const install = async () => ({ ok: false, url, code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' });
    const error = await ensureElectron({ electronDir, env: { HOME: '/home/ada' }, platform: 'linux', install }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ElectronUnavailable);
    const message = (error as Error).message;
    expect(message).toContain('Electron 45.5.0 could not be downloaded');
    expect(message).toContain(`From: ${url}`);
    expect(message).toMatch(/offline/);
    for (const wayOut of ['HTTPS_PROXY', 'ELECTRON_GET_USE_PROXY', 'ELECTRON_MIRROR', 'ELECTRON_OVERRIDE_DIST_PATH']) {
      expect(message).toContain(wayOut);
    }
    // @electron/get's cache layout: <root>/<sha256 of the release folder's URL>/<zip>.
    expect(message).toContain(
      'Copy electron-v45.5.0-linux-x64.zip from another computer into /home/ada/.cache/electron/3b240e2bf8f7a3bdbf4436b08f324ce6cefbc1d217c9b8ec4db54ca8fa1ca8de',
    );
    expect(message).not.toMatch(/Electron uninstall|at .*\.js:\d+/);
  });

  it('refuses an installer that claims success but left no binary', async () => {
    await expect(ensureElectron({ electronDir, env: {}, install: async () => ({ ok: true }) })).rejects.toThrow(
      ElectronUnavailable,
    );
  });

  it('uses an Electron named by ELECTRON_OVERRIDE_DIST_PATH without downloading', async () => {
    const dist = join(dir, 'my-electron');
    mkdirSync(join(dist, binaryName(platform), '..'), { recursive: true });
    writeFileSync(join(dist, binaryName(platform)), '');
    const install = vi.fn();
    await expect(ensureElectron({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, install })).resolves.toBe(
      join(dist, binaryName(platform)),
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('says plainly when ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH point at nothing', async () => {
    const install = vi.fn();
    await expect(
      ensureElectron({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nope') }, install }),
    ).rejects.toThrow(/ELECTRON_OVERRIDE_DIST_PATH is .*nope, but .* does not exist/);
    await expect(
      ensureElectron({ electronDir, env: { ELECTRON_EXEC_PATH: join(dir, 'nope') }, install }),
    ).rejects.toThrow(/ELECTRON_EXEC_PATH points at .*nope, which does not exist/);
    expect(install).not.toHaveBeenCalled();
  });

  it('names a stalled download and an HTTP failure as such', () => {
    expect(explainFailure({ ok: false, stalled: true }, { version: '45.5.0', env: {} })).toMatch(
      /stopped making progress/,
    );
    expect(explainFailure({ ok: false, status: 403 }, { version: '45.5.0', env: {} })).toMatch(/HTTP 403/);
  });
});

describe("Electron's own installer, against servers on this computer", () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  function install(mirror: string, timing: { firstByteMs?: number; stallMs?: number } = {}) {
    // NODE_PATH: the copied package finds @electron/get in the project's node_modules.
    const env = {
      ...process.env,
      ELECTRON_MIRROR: mirror,
      electron_config_cache: join(dir, 'cache'),
      NODE_PATH: join(repo, 'node_modules'),
    };
    return runInstaller({ electronDir, env, ...timing });
  }

  it('reports a refused connection with the address it tried', async () => {
    const mirror = await serve(() => {});
    servers.pop()?.close();
    const report = await install(mirror);
    expect(report).toMatchObject({ ok: false, code: 'ECONNREFUSED', stalled: false });
    expect(report.url).toBe(`${mirror}v45.5.0/electron-v45.5.0-${platform}-${process.arch}.zip`);
  });

  it('reports an HTTP error status', async () => {
    const report = await install(await serve((_req, res) => res.writeHead(404).end('no such release')));
    expect(report).toMatchObject({ ok: false, status: 404 });
  });

  it('ends a download that never starts (a proxy holding the connection)', async () => {
    const report = await install(await serve(() => {}), { firstByteMs: 1500 });
    expect(report).toMatchObject({ ok: false, stalled: true });
  });

  it('ends a download that stops halfway', async () => {
    const mirror = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(100 * 1024 * 1024) });
      res.write(Buffer.alloc(64 * 1024));
    });
    const report = await install(mirror, { stallMs: 1500 });
    expect(report).toMatchObject({ ok: false, stalled: true, status: null });
  });
});

describe('npm start', () => {
  const run = promisify(execFile);

  it.skipIf(process.platform === 'win32')(
    'builds, then starts Electron with the switches given after --, and passes its exit code back',
    async () => {
      // An "Electron" that prints what it was started with and exits with 3.
      const dist = join(dir, 'fake-electron');
      mkdirSync(dist);
      writeFileSync(join(dist, binaryName(platform)), '#!/bin/sh\necho "electron started with: $*"\nexit 3\n', {
        mode: 0o755,
      });
      const failure = await run('npm', ['start', '--', '--password-store=gnome-libsecret'], {
        cwd: repo,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
      }).catch((error: { code: number; stdout: string }) => error);
      expect('code' in failure && failure.code).toBe(3);
      expect(failure.stdout).toContain('electron started with: . --password-store=gnome-libsecret');
    },
    120_000,
  );

  it('ends with a plain message and exit code 1 when Electron cannot be had, before building anything', async () => {
    const started = Date.now();
    const failure = await run(process.execPath, [join(repo, 'scripts/start.mjs'), 'preview'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron-here') },
    }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stderr).toMatch(/ELECTRON_OVERRIDE_DIST_PATH is .* does not exist/);
    expect(failure.stderr + failure.stdout).not.toMatch(/Electron uninstall|vite v\d/);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
