/**
 * Boot test of the real main bundle: `out/main/index.js`, as `npm run build` made it, started in plain
 * Node by boot-main.mjs with the strict electron stand-in. Catches what only a real start would show:
 * a wrong import, an API used before `ready` or missing from Electron, a channel registered twice, a
 * wrong preload or icon path, a scheduler that outlives Quit.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/ipc/contract';
import { productionCsp } from '../../src/main/window/csp';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = join(repo, 'out');
const readyOnly = /^(safeStorage|BrowserWindow|Tray|session|protocol\.handle|net|dialog|clipboard|Notification)/;

interface BootReport {
  problems: string[];
  logged: string[];
  failure?: string;
  loaded?: boolean;
  unknown: string[];
  calls: { api: string; beforeReady: boolean }[];
  callsBeforeReady: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  sdkLoadsAtStart: string[];
  sdkLoadsAfterTest: string[];
  sdkLoadsAfterAll: string[];
  otherFetches: string[];
  handlers: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; url: string }[];
  images: string[];
  applicationMenu: unknown;
  protocol: {
    status: number;
    csp: string;
    hasRoot: boolean;
    asset: { status: number; type: string };
    escapeStatus: number;
  };
  listed: { ok: boolean; value: unknown[] };
  added: { ok: boolean; hint: string };
  store: { hasCanary: boolean; hasCiphertext: boolean };
  fetches: string[];
  access: { dirMode: string; socketMode: string | null; list: { code: number; stdout: string; stderr: string } };
  intervalsBeforeQuit: number;
  afterQuit: {
    testOutcome: { ok: boolean; value?: { testing: boolean; status: string } };
    allRequestsAborted: boolean;
    liveIntervals: number;
    trayDestroyed: boolean;
    socketRemoved: boolean;
  };
}

let report: BootReport;
let packaged: BootReport;
let dir: string;

/** Starts the built main bundle in a child Node process and answers its report. */
async function boot(name: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BootReport> {
  const userData = join(dir, name);
  const reportPath = join(dir, `${name}.json`);
  mkdirSync(userData);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AIKM_BOOT_USER_DATA: userData,
    AIKM_SOCKET_DIR: join(dir, `${name}-aikm`),
    ...extraEnv,
  };
  delete env.ELECTRON_RENDERER_URL;
  await promisify(execFile)(process.execPath, [join(repo, 'tests/boot/boot-main.mjs'), out, reportPath], {
    env,
    timeout: 30_000,
  });
  return JSON.parse(readFileSync(reportPath, 'utf8'));
}

beforeAll(async () => {
  if (!existsSync(join(out, 'main', 'index.js'))) throw new Error('No out/main/index.js: run `npm run build` first.');
  dir = mkdtempSync(join(tmpdir(), 'aikm-boot-'));
  [report, packaged] = await Promise.all([boot('dev'), boot('packaged', { AIKM_BOOT_PACKAGED: '1' })]);
}, 40_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built main process starts', () => {
  it('loads and starts using only APIs Electron has, with no error, warning or unhandled rejection', () => {
    expect(report.failure).toBeUndefined();
    expect(report.loaded).toBe(true);
    expect(report.unknown).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.logged).toEqual([]);
  });

  it('takes the single-instance lock and registers the app:// scheme before ready', () => {
    expect(report.callsBeforeReady).toContain('app.requestSingleInstanceLock');
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('touches neither safeStorage nor any other ready-only API before ready, and names the app first', () => {
    expect(report.callsBeforeReady.filter((api) => readyOnly.test(api))).toEqual([]);
    // The keychain entry is named after the app: the name must be set before safeStorage is first used.
    const apis = report.calls.map((c) => c.api);
    expect(apis.indexOf('app.setName')).toBeGreaterThanOrEqual(0);
    expect(apis.indexOf('app.setName')).toBeLessThan(apis.findIndex((api) => api.startsWith('safeStorage.')));
  });

  it('registers every channel of the contract exactly once', () => {
    expect([...report.handlers].sort()).toEqual([...channels].sort());
    expect(report.calls.filter((c) => c.api === 'ipcMain.handle')).toHaveLength(channels.length);
  });

  it('creates the window hardened, with a preload that exists on disk, at the app:// entry', () => {
    const [window] = report.windows;
    expect(report.windows).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const preload = window?.options.webPreferences.preload as string;
    expect(preload).toBe(join(out, 'preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(window?.url).toBe('app://aikm/index.html');
  });

  it('answers index.html over app:// with the production CSP, serves its script, refuses to leave the folder', () => {
    expect(report.protocol).toEqual({
      status: 200,
      csp: productionCsp,
      hasRoot: true,
      asset: { status: 200, type: 'text/javascript; charset=utf-8' },
      escapeStatus: 404,
    });
  });

  it('creates the tray with icon files that exist', () => {
    expect(report.images.length).toBeGreaterThan(0);
    for (const image of report.images) {
      expect(image.startsWith(join(repo, 'resources'))).toBe(true);
      expect(statSync(image).size).toBeGreaterThan(0);
    }
  });

  it('answers the window over IPC: lists, adds a key, and the store holds ciphertext, never the key', () => {
    expect(report.listed).toEqual({ ok: true, value: [] });
    expect(report.added).toEqual({ ok: true, hint: 'sk-proj-…0000' });
    expect(report.store).toEqual({ hasCanary: false, hasCiphertext: true });
  });

  it('loads no provider SDK at start; the first key test loads the one it needs, through net.fetch', () => {
    expect(report.sdkLoadsAtStart).toEqual([]);
    expect(report.sdkLoadsAfterTest).toEqual(['openai']);
    expect(report.fetches).toEqual(['https://api.openai.com/v1/models']);
  });

  it('every provider SDK the build bundled loads from its own chunk and sends its list request through net.fetch', () => {
    expect(report.sdkLoadsAfterAll).toEqual(['@anthropic-ai/sdk', '@google/genai', 'openai']);
    expect(report.otherFetches.sort()).toEqual([
      'https://api.anthropic.com',
      'https://generativelanguage.googleapis.com',
    ]);
  });

  it('installed (packaged): no DevTools in the window or the menu, and it still starts cleanly', () => {
    expect(packaged.failure).toBeUndefined();
    expect(packaged.problems).toEqual([]);
    expect(packaged.windows[0]?.options.webPreferences.devTools).toBe(false);
    expect(JSON.stringify(packaged.applicationMenu)).not.toMatch(/toggleDevTools|reload/i);
    expect(packaged.applicationMenu).not.toBeNull();
    // The same bundle started by `npm start` keeps DevTools for development.
    expect(report.windows[0]?.options.webPreferences.devTools).toBe(true);
    expect(JSON.stringify(report.applicationMenu)).toMatch(/toggleDevTools/);
  });

  it('opens a private socket for aikm, and the real aikm lists the keys through it (no secret)', () => {
    expect(report.access.dirMode).toBe('700');
    expect(report.access.socketMode).toBe('600');
    expect(report.access.list.code).toBe(0);
    const listed = JSON.parse(report.access.list.stdout) as { name: string; hint: string }[];
    expect(listed.map((k) => [k.name, k.hint])).toEqual([['Boot-Test', 'sk-proj-…0000']]);
    expect(report.access.list.stdout).not.toContain('BOOTCANARY');
  });

  it('before-quit stops the scheduler, cancels the running test and removes the tray', () => {
    expect(report.intervalsBeforeQuit).toBeGreaterThan(0);
    expect(report.afterQuit).toMatchObject({
      allRequestsAborted: true,
      liveIntervals: 0,
      trayDestroyed: true,
      socketRemoved: true,
    });
    expect(report.afterQuit.testOutcome).toMatchObject({ ok: true, value: { testing: false, status: 'not_tested' } });
  });
});
