import { createProviderRegistry } from '../src/main/providers/registry';
import { testKey } from '../src/main/testing/test-key';
import { guardedFetch } from '../src/main/testing/guarded-fetch';
import { builtInProviderIds, type BuiltInProviderId } from '../src/shared/providers';
import { fakeApis } from '../tests/fixtures/fake-apis';
import { startRemoteFake } from './fake-server';
import { fileURLToPath } from 'node:url';

async function cpu(label: string, n: number, one: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await one(i);
  const c = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < n) await one(next++);
    }),
  );
  const u = process.cpuUsage(c);
  console.log(label.padEnd(50), ((u.user + u.system) / 1000 / n).toFixed(3), 'ms');
}
export async function main() {
  const fake = await startRemoteFake(fileURLToPath(new URL('../scripts/bench.mjs', import.meta.url)));
  const registry = createProviderRegistry(fake.baseUrls);
  const guarded = guardedFetch((i, init) => fetch(i, init));
  for (const round of [1, 2])
    for (const provider of builtInProviderIds as BuiltInProviderId[]) {
      const [url, headers] = fakeApis[provider].listRequest(fake.baseUrls[provider], fakeApis[provider].benchKey);
      await cpu(`${provider} raw fetch+json`, 2000, async () => (await fetch(url, { headers })).json());
      await cpu(`${provider} guarded fetch+json`, 2000, async () => (await guarded(url, { headers })).json());
      const entry = registry[provider];
      await cpu(`${provider} tester.probe`, 2000, (i) =>
        entry.tester.probe({
          secret: fakeApis[provider].benchKey + i,
          baseUrl: entry.baseUrl,
          signal: new AbortController().signal,
          timeoutMs: 15000,
          fetch: guarded,
        }),
      );
      await cpu(`${provider} testKey`, 2000, (i) =>
        testKey({
          provider,
          entry,
          secret: fakeApis[provider].benchKey + i,
          model: '',
          timeoutMs: 15000,
          cancel: new AbortController().signal,
          fetch: guarded,
        }),
      );
    }
  fake.close();
}
