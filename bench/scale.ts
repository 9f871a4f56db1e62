/**
 * "Test all" at scale, through the real core (temporary conf store, real SDKs, fake providers in a
 * child process at a fixed latency), run three times on the same store so histories fill. Per run:
 * - wall time, beside the network's limit: ⌈keys per provider ÷ 8 in flight⌉ rounds × latency;
 * - main-process CPU per tested key (process.cpuUsage: this process runs only the core, the SDKs, their
 *   HTTP client and this harness — in the app, net.fetch hands sockets, TLS and HTTP parsing to Chromium's
 *   network service, so this is an upper bound);
 * - bytes of push events per tested key, as the window would receive them (v8-serialized, as IPC does); the
 *   events are also folded into a list as the tray folds them;
 * - turns of the event loop per tested key: each is a wake-up, and on this machine a wake-up from idle costs
 *   about 0.2 ms of CPU however little it does (`wakeUpCost`);
 * - the event loop's delay: Node's monitor, a 10 ms timer that measures its own lateness.
 * Three transports: Node's fetch (the upper bound), the HTTP client left out as in the app (replayed-fetch.ts),
 * and providers stubbed (no SDK, no HTTP: what the app does around key tests).
 */
import { join } from 'node:path';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { createFileAuditLog } from '../src/main/audit/audit-log';
import { createProviderRegistry } from '../src/main/providers/registry';
import { readWriteBehindFiles } from '../src/main/storage/journal-files';
import { RESULTS_FILE } from '../src/main/vault/file-repository';
import { PER_PROVIDER_LIMIT } from '../src/main/testing/test-runner';
import { type BuiltInProviderId, builtInProviderIds } from '../src/shared/providers';
import { type KeyEventArgs, applyKeyEvent, isKeyEvent } from '../src/shared/key-list';
import { HISTORY_MAX, type TestProgress, type TestResult } from '../src/shared/test-result';
import { fakeApis } from '../tests/fixtures/fake-apis';
import { stubRegistry } from '../tests/support/stub-registry';
import { type TempStore, createTempStore } from '../tests/support/temp-store';
import { createTestCore } from '../tests/support/test-core';
import type { RemoteFake } from './fake-server';
import { profiled } from './profile';
import { replayedFetch } from './replayed-fetch';
import { type Figure, summarize } from './stats';

interface RunFigures {
  wallMs: number;
  cpuMsPerKey: number;
  threadMsPerKey: number;
  wakeUpsPerKey: number;
  bytesPerKey: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

/**
 * The event loop's delay while work runs: Node's own monitor, a libuv timer every 10 ms that records how late
 * it fires (no JavaScript of ours runs at each tick, so the instrument costs the process little).
 */
function watchEventLoop(everyMs = 10) {
  const histogram = monitorEventLoopDelay({ resolution: everyMs });
  histogram.enable();
  return () => {
    histogram.disable();
    // Nanoseconds; the monitor reports the whole firing time, so its own period is taken off.
    const late = (ns: number) => Math.max(0, ns / 1e6 - everyMs);
    return { p99: late(histogram.percentile(99)), max: late(histogram.max) };
  };
}

/**
 * What this machine charges the process for one wake-up from idle: an empty timer of 5 ms, 200 times. Each
 * turn of the event loop after the process slept costs at least this, whatever the turn does.
 */
export async function wakeUpCost(): Promise<Figure> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    const used = process.cpuUsage(cpu);
    samples.push((used.user + used.system) / 40);
  }
  return summarize('this machine: CPU of one wake-up from idle (an empty 5 ms timer)', samples, 'µs', '');
}

export const networkLimitMs = (keys: number, latencyMs: number) =>
  Math.ceil(keys / builtInProviderIds.length / PER_PROVIDER_LIMIT) * latencyMs;

async function runOnce(core: ReturnType<typeof createTestCore>, keys: number): Promise<RunFigures> {
  let bytes = 0;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  // The tray's copy of the list, folded as the tray folds every key event (its menu is drawn at most 4×/s).
  let trayKeys = await core.vault.list();
  const disconnect = core.events.connect((event, payload) => {
    bytes += serialize(payload).length; // what webContents.send would clone and carry
    if (isKeyEvent(event)) trayKeys = applyKeyEvent(trayKeys, ...([event, payload] as KeyEventArgs));
    if (event === 'tests:progress' && !(payload as TestProgress).running) resolveDone();
  });
  const stopWatch = watchEventLoop();
  const loops = nodePerformance.nodeTiming.uvMetricsInfo.loopCount;
  const cpu = process.cpuUsage();
  const thread = process.threadCpuUsage();
  const started = performance.now();
  await core.handlers['keys:test-all'](undefined);
  await done;
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const usedByThread = process.threadCpuUsage(thread);
  const wakeUps = nodePerformance.nodeTiming.uvMetricsInfo.loopCount - loops;
  const lag = stopWatch();
  disconnect();
  if (trayKeys.length !== keys) throw new Error('the folded list lost keys');
  return {
    wallMs,
    cpuMsPerKey: (used.user + used.system) / 1000 / keys,
    threadMsPerKey: (usedByThread.user + usedByThread.system) / 1000 / keys,
    wakeUpsPerKey: wakeUps / keys,
    bytesPerKey: bytes / keys,
    lagP99Ms: lag.p99,
    lagMaxMs: lag.max,
  };
}

export interface ScaleOptions {
  keys: number;
  latencyMs: number;
  runs: number;
  /**
   * Every key starts with a full history (HISTORY_MAX results), as after weeks of scheduled checks: what
   * the results file rewrites and what each key's events carry (the last HISTORY_SHOWN) are at their largest.
   */
  fullHistories?: boolean;
  /** Node's fetch by default; see transportLabel. */
  transport?: Transport;
  profile?: boolean;
  /** Also time starting again on the files the runs left. */
  reopen?: boolean;
}

export type Transport = 'node-fetch' | 'replayed' | 'stubbed';
const transportLabel: Record<Transport, string> = {
  'node-fetch': "Node's fetch in this process",
  replayed: 'HTTP client left out, as net.fetch leaves it (replayed-fetch.ts)',
  stubbed: 'providers stubbed (no SDK, no HTTP)',
};

export async function scale(fake: RemoteFake, options: ScaleOptions): Promise<Figure[]> {
  const { keys, latencyMs, runs, transport = 'node-fetch' } = options;
  const stubbed = transport === 'stubbed';
  await fake.setLatency(0);
  let stubLatency = 0;
  const store = createTempStore();
  const registry = stubbed ? stubRegistry(() => stubLatency) : createProviderRegistry(fake.baseUrls);
  // The app's own audit log, on disk: every key test writes a line to it.
  const audit = createFileAuditLog(join(store.dir, 'audit.jsonl'));
  const fetch = transport === 'replayed' ? { fetch: replayedFetch(() => stubLatency) } : {};
  const core = createTestCore(store, { registry, audit, ...fetch });
  let stopped: Promise<void> | undefined;
  try {
    for (let i = 0; i < keys; i++) {
      const provider = builtInProviderIds[i % builtInProviderIds.length] as BuiltInProviderId;
      const secret = `${fakeApis[provider].benchKey}-${i}`;
      await core.handlers['keys:add']({ name: `Key-${i}`, provider, model: '', secret });
    }
    if (options.fullHistories) await fillHistories(core);
    await fake.setLatency(latencyMs);
    stubLatency = latencyMs;
    const histories = options.fullHistories ? ', full histories' : '';
    const label = `${keys.toLocaleString('en-US')} keys, ${latencyMs} ms${histories}, ${transportLabel[transport]}`;
    const results = await profiled(options.profile ? label : undefined, async () => {
      const done: RunFigures[] = [];
      for (let run = 0; run < runs; run++) done.push(await runOnce(core, keys));
      return done;
    });
    const figures = describe(label, results, keys, latencyMs);
    if (options.reopen) {
      stopped = core.stop(); // as quitting: the results still waiting are written first
      await stopped;
      figures.push(await reopening(store, keys));
    }
    return figures;
  } finally {
    if (!stopped) void core.stop();
    store.cleanup();
  }
}

/** Starting again on these files: the key file, the results snapshot and its journal read back, then listed. */
async function reopening(store: TempStore, keys: number): Promise<Figure> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const reopened = createTestCore(store, { registry: stubRegistry() });
    const listed = await reopened.vault.list();
    samples.push(performance.now() - started);
    await reopened.stop();
    if (listed.length !== keys || !listed.every((key) => key.history.length > 0))
      throw new Error('keys lost on reopening');
  }
  const { snapshotBytes, journalBytes } = readWriteBehindFiles(join(store.dir, RESULTS_FILE));
  const size = `${(snapshotBytes / 1e6).toFixed(1)} MB snapshot + ${(journalBytes / 1e6).toFixed(1)} MB journal`;
  return summarize(
    `  reopening: ${keys.toLocaleString('en-US')} keys and their results (${size}) read and listed`,
    samples,
    'ms',
    '',
  );
}

async function fillHistories(core: ReturnType<typeof createTestCore>): Promise<void> {
  const keys = await core.vault.list();
  const day = 86_400_000;
  const started = Date.now() - HISTORY_MAX * day;
  for (let n = 0; n < HISTORY_MAX; n++) {
    const testedAt = new Date(started + n * day).toISOString();
    for (const key of keys) {
      const outcome = n % 7 === 3 ? 'rate_limited' : 'ok';
      const result: TestResult = {
        outcome,
        message: outcome,
        hint: '',
        latencyMs: 240 + n,
        testedAt,
        model: '',
        models: [],
      };
      await core.vault.recordTest(key.id, result, undefined);
    }
  }
}

function describe(label: string, results: RunFigures[], keys: number, latencyMs: number): Figure[] {
  const limit = networkLimitMs(keys, latencyMs);
  const rows: Array<[string, (r: RunFigures) => number, string, string]> = [
    [
      `test all ${label}: wall (network limit ${limit} ms)`,
      (r) => r.wallMs,
      'ms',
      latencyMs === 0 ? '' : keys === 100 ? `≤ 1500 ms` : `≤ ${1.5 * limit} ms (1.5 × limit)`,
    ],
    [`  main CPU per tested key`, (r) => r.cpuMsPerKey, 'ms', '≤ 1 ms'],
    [`    of it on the event loop's thread (the rest: file writes, GC helpers)`, (r) => r.threadMsPerKey, 'ms', ''],
    [`    event loop turns per tested key (each a wake-up; see "one wake-up" above)`, (r) => r.wakeUpsPerKey, '', ''],
    [`  event bytes per tested key`, (r) => r.bytesPerKey, 'B', '≤ 2048 B'],
    [`  event-loop delay p99`, (r) => r.lagP99Ms, 'ms', '≤ 50 ms'],
    [`  event-loop delay worst`, (r) => r.lagMaxMs, 'ms', ''],
  ];
  return rows.map(([name, pick, unit, goal]) => summarize(name, results.map(pick), unit, goal));
}
