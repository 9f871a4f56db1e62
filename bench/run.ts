/**
 * Benchmarks. Prints medians of repeated runs (needs `npm run build` for the renderer and start-up lines):
 * - the overhead of one key test (SDK, classification, bookkeeping) over one raw fetch of the same
 *   fake endpoint, per provider;
 * - the wall time of "test all" for 100 keys across the built-in providers at 300 ms fake latency;
 * - vault add and remove with 1,000 keys stored;
 * - first paint of the key table with 1,000 keys in headless Chromium;
 * - the modules the main process imports at start, and the gzip size of the renderer's initial JS;
 * - `aikm run -- true` with a remembered grant against `true` alone (and Node's own start, the floor).
 */
import { createProviderRegistry } from '../src/main/providers/registry';
import { testKey } from '../src/main/testing/test-key';
import { type BuiltInProviderId, builtInProviderIds } from '../src/shared/providers';
import type { TestProgress } from '../src/shared/test-result';
import { fakeApis } from '../tests/fixtures/fake-apis';
import { type FakeProviders, startFakeProviders } from '../tests/fixtures/fake-providers';
import { createTempStore } from '../tests/support/temp-store';
import { createTestCore } from '../tests/support/test-core';
import { aikmRun } from './aikm-run';
import { firstPaint } from './renderer';
import { startupFigures } from './startup';
import { type Figure, printTable, summarize } from './stats';
import { vaultOps } from './vault-ops';

const secret = (provider: BuiltInProviderId) => fakeApis[provider].benchKey;

function rawRequest(fake: FakeProviders, provider: BuiltInProviderId): () => Promise<unknown> {
  const [url, headers] = fakeApis[provider].listRequest(fake.baseUrls[provider], secret(provider));
  return async () => (await fetch(url, { headers })).json();
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function overhead(fake: FakeProviders, provider: BuiltInProviderId, runs: number): Promise<Figure> {
  const registry = createProviderRegistry(fake.baseUrls);
  const raw = rawRequest(fake, provider);
  const test = () =>
    testKey({
      provider,
      entry: registry[provider],
      secret: secret(provider),
      model: '',
      timeoutMs: 15_000,
      cancel: new AbortController().signal,
    });
  for (let i = 0; i < 10; i++) await Promise.all([raw(), test()]); // warm up: SDK import, JIT, sockets
  const raws: number[] = [];
  const tests: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither side always runs on a warmer connection.
    if (i % 2) {
      raws.push(await time(raw));
      tests.push(await time(test));
    } else {
      tests.push(await time(test));
      raws.push(await time(raw));
    }
  }
  const median = (xs: number[]) => summarize('', xs, '', '').median;
  const diffs = tests.map((t) => t - median(raws));
  console.log(
    `${provider}: raw fetch median ${median(raws).toFixed(2)} ms, key test median ${median(tests).toFixed(2)} ms`,
  );
  return summarize(`key test overhead over raw fetch: ${provider}`, diffs, 'ms', '≤ 5 ms');
}

async function testAll(fake: FakeProviders, runs: number): Promise<Figure[]> {
  fake.latencyMs = 300;
  const walls: number[] = [];
  const byProvider = Object.fromEntries(builtInProviderIds.map((p) => [p, [] as number[]])) as Record<
    BuiltInProviderId,
    number[]
  >;
  const count = builtInProviderIds.length;
  for (let run = 0; run < runs; run++) {
    const store = createTempStore();
    const core = createTestCore(store, { registry: createProviderRegistry(fake.baseUrls) });
    for (let i = 0; i < 100; i++) {
      const provider = builtInProviderIds[i % count] as BuiltInProviderId;
      await core.handlers['keys:add']({ name: `Key-${i}`, provider, model: '', secret: `${secret(provider)}-${i}` });
    }
    const finished = new Promise<void>((resolve) =>
      core.events.connect((event, payload) => {
        if (event === 'tests:progress' && !(payload as TestProgress).running) resolve();
      }),
    );
    const started = performance.now();
    const done: Partial<Record<BuiltInProviderId, number>> = {};
    const watch = setInterval(async () => {
      const keys = await core.handlers['keys:list'](undefined);
      for (const provider of builtInProviderIds) {
        if (done[provider] === undefined && keys.filter((k) => k.provider === provider).every((k) => k.lastTest)) {
          done[provider] = performance.now() - started;
        }
      }
    }, 10);
    await core.handlers['keys:test-all'](undefined);
    await finished;
    walls.push(performance.now() - started);
    clearInterval(watch);
    for (const provider of builtInProviderIds) byProvider[provider].push(done[provider] ?? walls.at(-1) ?? 0);
    store.cleanup();
  }
  fake.latencyMs = 0;
  return [
    summarize(`test all: 100 keys, ${count} providers, 300 ms latency (wall)`, walls, 'ms', '≤ 1500 ms'),
    ...builtInProviderIds.map((p) =>
      summarize(`  of which ${p} (${Math.ceil(100 / count)} keys) finished at`, byProvider[p], 'ms', ''),
    ),
  ];
}

export async function main(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const fake = await startFakeProviders();
  try {
    const figures: Figure[] = [];
    for (const provider of builtInProviderIds) figures.push(await overhead(fake, provider, quick ? 20 : 200));
    figures.push(...(await testAll(fake, quick ? 1 : 5)));
    figures.push(...(await vaultOps(quick ? 10 : 50)));
    figures.push(...(await firstPaint(quick ? 2 : 7)));
    figures.push(...(await aikmRun(quick ? 10 : 40)));
    printTable(figures);
    console.log('');
    for (const line of startupFigures()) console.log(line);
    console.log('\nDeepSeek tests read the model list and the balance (2 requests per key) under the same cap of');
    console.log('8 requests in flight per provider: 25 DeepSeek keys need at least 50 / 8 × 300 ms ≈ 1.9 s,');
    console.log('and about 4 rounds of 600 ms as each key waits for both of its answers.');
  } finally {
    await fake.close();
  }
}
