/**
 * Benchmarks. Prints medians of repeated runs (needs `npm run build` for the renderer and start-up lines):
 * - the overhead of one key test (SDK, classification, bookkeeping) over one raw fetch of the same
 *   fake endpoint, per provider;
 * - "test all" at scale (scale.ts): 100 keys at 300 ms and 1,000 keys at 50 ms fake latency, three runs
 *   each on the same store: wall time beside the network's limit, main CPU and event bytes per tested
 *   key, and the event loop's delay;
 * - vault add and remove with 1,000 keys stored;
 * - first paint of the key table with 1,000 keys in headless Chromium;
 * - the modules the main process imports at start, and the gzip size of the renderer's initial JS;
 * - `aikm run -- true` with a remembered grant against `true` alone (and Node's own start, the floor).
 */
import { createProviderRegistry } from '../src/main/providers/registry';
import { testKey } from '../src/main/testing/test-key';
import { type BuiltInProviderId, builtInProviderIds } from '../src/shared/providers';
import { fakeApis } from '../tests/fixtures/fake-apis';
import { type FakeProviders, startFakeProviders } from '../tests/fixtures/fake-providers';
import { aikmRun } from './aikm-run';
import { fileURLToPath } from 'node:url';
import { serveFakeProviders, startRemoteFake } from './fake-server';
import { firstPaint } from './renderer';
import { scale, wakeUpCost } from './scale';
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

export async function main(args: string[]): Promise<void> {
  if (args.includes('--fake-server')) return serveFakeProviders();
  const quick = args.includes('--quick');
  // `--scale`: only the test-all figures (they take a minute; the rest takes several).
  const scaleOnly = args.includes('--scale');
  const profile = args.includes('--profile');
  const fake = await startFakeProviders();
  const remote = await startRemoteFake(fileURLToPath(new URL('../scripts/bench.mjs', import.meta.url)));
  try {
    const figures: Figure[] = [];
    if (!scaleOnly)
      for (const provider of builtInProviderIds) figures.push(await overhead(fake, provider, quick ? 20 : 200));
    figures.push(await wakeUpCost());
    figures.push(...(await scale(remote, { keys: 100, latencyMs: 300, runs: 3, profile })));
    const full = { keys: 1000, latencyMs: 50, runs: 3, profile, fullHistories: true };
    figures.push(...(await scale(remote, full)));
    figures.push(...(await scale(remote, { ...full, transport: 'replayed' })));
    // The same work with no idle time between answers: what it costs when the process never goes cold.
    figures.push(...(await scale(remote, { ...full, latencyMs: 0, transport: 'replayed' })));
    figures.push(...(await scale(remote, { ...full, transport: 'stubbed', reopen: true })));
    if (!scaleOnly) {
      figures.push(...(await vaultOps(quick ? 10 : 50)));
      figures.push(...(await firstPaint(quick ? 2 : 7)));
      figures.push(...(await aikmRun(quick ? 10 : 40)));
    }
    printTable(figures);
    if (scaleOnly) return;
    console.log('');
    for (const line of startupFigures()) console.log(line);
  } finally {
    remote.close();
    await fake.close();
  }
}
