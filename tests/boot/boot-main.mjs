// @ts-check
/**
 * Boots the built main bundle (`out/main/index.js`) in plain Node, with the strict electron stand-in,
 * and writes what happened to a JSON report for main-bundle.test.ts:
 *   node tests/boot/boot-main.mjs <out dir> <report.json>
 * The steps follow a real start: load, `ready`, one IPC round trip from the window, a key test that is
 * still running when the user quits, `before-quit`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { becomeReady, emitApp, record } from './electron-stand-in.mjs';

const [outDir, reportPath] = /** @type {[string, string]} */ (process.argv.slice(2));
const CANARY = 'sk-proj-BOOTCANARY0000000000000000000000000000000000';

const sdkLoads = /** @type {string[]} */ ([]);
const { port1, port2 } = new MessageChannel();
port1.on('message', (specifier) => sdkLoads.push(specifier));
port1.unref();
register('./boot-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

const problems = /** @type {string[]} */ ([]);
process.on('uncaughtException', (error) => problems.push(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) =>
  problems.push(`unhandled rejection: ${/** @type {Error} */ (error)?.stack ?? error}`),
);
const logged = /** @type {string[]} */ ([]);
for (const level of /** @type {const} */ (['error', 'warn'])) {
  console[level] = (...args) => logged.push(`${level}: ${args.join(' ')}`);
}

// Timers that repeat (the scheduler's tick) must all be stopped by `before-quit`.
const liveIntervals = new Set();
const setIntervalBefore = globalThis.setInterval;
const clearIntervalBefore = globalThis.clearInterval;
globalThis.setInterval = /** @type {typeof setInterval} */ (
  (/** @type {Parameters<typeof setInterval>} */ ...args) => {
    const timer = setIntervalBefore(...args);
    liveIntervals.add(timer);
    return timer;
  }
);
globalThis.clearInterval = /** @type {typeof clearInterval} */ (
  (/** @type {any} */ timer) => {
    liveIntervals.delete(timer);
    clearIntervalBefore(timer);
  }
);

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(/** @type {() => boolean} */ condition, /** @type {string} */ what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

const report = /** @type {Record<string, unknown>} */ ({ problems, logged });
try {
  await import(pathToFileURL(join(outDir, 'main', 'index.js')).href);
  report.loaded = true;
  report.callsBeforeReady = record.calls.map((c) => c.api);
  report.privilegedSchemes = record.privilegedSchemes;

  becomeReady();
  await until(() => record.trays.length > 0, 'the tray');
  await sleep(300); // core.start(): reads the store, finds unreadable keys, starts the scheduler
  report.sdkLoadsAtStart = [...sdkLoads];
  report.handlers = [...record.handlers.keys()];
  report.windows = record.windows.map((w) => ({ options: w.$options, url: w.$url, contentsId: w.webContents.id }));
  report.images = record.images;
  report.applicationMenu = /** @type {{ template?: unknown } | undefined} */ (record.applicationMenu)?.template ?? null;
  report.trayMenu = /** @type {{ template?: { label?: string }[] }} */ (record.trays[0]?.$menu)?.template?.map(
    (i) => i.label ?? '—',
  );

  const serve = record.protocolHandlers.get('app');
  if (serve) {
    const page = await serve(new Request('app://aikm/index.html'));
    const html = await page.text();
    const script = html.match(/<script[^>]+src="([^"]+)"/)?.[1] ?? '';
    const asset = await serve(new Request(new URL(script, 'app://aikm/index.html')));
    const escape = await serve(new Request('app://aikm/..%2F..%2Fpackage.json'));
    report.protocol = {
      status: page.status,
      csp: page.headers.get('content-security-policy'),
      hasRoot: html.includes('id="root"'),
      asset: { status: asset.status, type: asset.headers.get('content-type') },
      escapeStatus: escape.status,
    };
  }

  // One round trip as the window makes it: from the top frame of our window, at our origin.
  const window = record.windows[0];
  const event = {
    sender: window.webContents,
    senderFrame: { url: window.$url, parent: null, origin: new URL(window.$url).origin },
  };
  const invoke = (/** @type {string} */ channel, /** @type {unknown} */ input) => {
    const handler = record.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  };
  report.listed = await invoke('keys:list', undefined);
  const added = await invoke('keys:add', { provider: 'openai', model: '', name: 'Boot-Test', secret: CANARY });
  report.added = added.ok ? { ok: true, hint: added.value.hint } : added;
  const store = readFileSync(join(/** @type {string} */ (process.env.AIKM_BOOT_USER_DATA), 'keys.json'), 'utf8');
  report.store = {
    hasCanary: store.includes(CANARY),
    hasCiphertext: /"ciphertext":\s*"[A-Za-z0-9+/=]{20,}"/.test(store),
  };

  // The aikm command line reaches the running app: its socket is private, and `aikm list` answers.
  const socketDir = /** @type {string} */ (process.env.AIKM_SOCKET_DIR);
  const socket = join(socketDir, 'aikm.sock');
  report.access = {
    dirMode: (statSync(socketDir).mode & 0o777).toString(8),
    socketMode: existsSync(socket) ? (statSync(socket).mode & 0o777).toString(8) : null,
    list: await new Promise((resolve) =>
      execFile(process.execPath, [join(outDir, '..', 'bin', 'aikm.cjs'), 'list', '--json'], (error, stdout, stderr) =>
        resolve({ code: error ? error.code : 0, stdout, stderr }),
      ),
    ),
  };

  // A test that is still waiting for the provider when the user quits.
  const testing = invoke('keys:test', { id: added.value.id });
  await until(() => record.fetches.length > 0, 'the provider request');
  await sleep(50);
  report.fetches = record.fetches.map((f) => f.url);
  report.sdkLoadsAfterTest = [...sdkLoads];

  // The other SDKs' chunks, as the build bundled them, load and send their list request through net.fetch.
  for (const [provider, secret] of [
    ['anthropic', `sk-ant-api03-${'B'.repeat(40)}`],
    ['gemini', `AIza${'C'.repeat(35)}`],
  ]) {
    const other = await invoke('keys:add', { provider, model: '', name: `Boot-${provider}`, secret });
    if (!other.ok) throw new Error(`could not add the ${provider} key: ${JSON.stringify(other)}`);
    void invoke('keys:test', { id: other.value.id });
  }
  await until(() => record.fetches.length >= 3, 'the Anthropic and Gemini requests');
  report.otherFetches = record.fetches.slice(1).map((f) => new URL(f.url).origin);
  report.sdkLoadsAfterAll = [...sdkLoads].sort();
  report.intervalsBeforeQuit = liveIntervals.size;

  emitApp('before-quit');
  const outcome = await Promise.race([testing, sleep(3000).then(() => 'still running')]);
  report.afterQuit = {
    testOutcome: outcome,
    allRequestsAborted: record.fetches.every((f) => f.signal?.aborted === true),
    liveIntervals: liveIntervals.size,
    trayDestroyed: record.trays.every((t) => t.$destroyed),
    socketRemoved: !existsSync(socket),
  };
  report.unknown = record.unknown;
  report.calls = record.calls;
} catch (error) {
  report.failure = /** @type {Error} */ (error)?.stack ?? String(error);
  report.unknown = record.unknown;
}
writeFileSync(reportPath, JSON.stringify(report, null, 2));
process.exit(0);
