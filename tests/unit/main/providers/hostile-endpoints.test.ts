/**
 * Hostile or broken provider endpoints: each test ends within timeout + 1 s with a classified outcome,
 * the key is never sent to another origin, and memory stays bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { MAX_RESPONSE_BYTES, guardedFetch } from '../../../../src/main/testing/guarded-fetch';
import { testKey } from '../../../../src/main/testing/test-key';
import { type ProviderId, builtInProviderIds } from '../../../../src/shared/providers';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

const secret = (provider: ProviderId, scenario: string) =>
  `${provider === 'gemini' ? 'AQ.' : 'sk-'}scenario_${scenario}-0123456789abcdef`;
const TIMEOUT = 1500;

/**
 * Behaves like Electron's net.fetch, the app's transport: with `redirect: 'manual'` a 3xx does not come
 * back as a response, the request is dropped with "Redirect was cancelled" (electron net-client-request).
 */
const netFetchLike: typeof fetch = async (input, init) => {
  const response = await fetch(input, { ...init, redirect: 'manual' });
  if (init?.redirect === 'manual' && response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    throw new Error('Redirect was cancelled');
  }
  return response;
};

async function run(provider: ProviderId, scenario: string, baseUrls = fake.baseUrls, transport: typeof fetch = fetch) {
  const registry = createProviderRegistry(baseUrls);
  const started = Date.now();
  const result = await testKey({
    provider,
    entry: registry[provider],
    secret: secret(provider, scenario),
    model: '',
    timeoutMs: TIMEOUT,
    cancel: new AbortController().signal,
    fetch: guardedFetch(transport),
  });
  return { result, elapsed: Date.now() - started };
}

describe.each(builtInProviderIds)('%s against a hostile endpoint', (provider) => {
  it('a body that drips one byte a second ends as a timeout', async () => {
    const { result, elapsed } = await run(provider, 'drip');
    expect(result?.outcome).toBe('timeout');
    expect(elapsed).toBeLessThan(TIMEOUT + 1000);
  });

  it('a 50 MB answer is cut off and reported, with bounded memory', async () => {
    const before = process.memoryUsage().heapUsed;
    const { result, elapsed } = await run(provider, 'huge');
    expect(result?.outcome).toBe('provider_error');
    expect(elapsed).toBeLessThan(TIMEOUT + 1000);
    // The cap is 8 MB; buffering the whole answer would add 50 MB or more.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(MAX_RESPONSE_BYTES * 3);
  });

  it('a redirect to another host is not followed: the key never reaches it', async () => {
    const { result, elapsed } = await run(provider, 'redirect');
    expect(result?.outcome).toBe('provider_error');
    expect(result?.hint).toContain('redirect');
    expect(elapsed).toBeLessThan(TIMEOUT + 1000);
    expect(fake.redirectedRequests).toEqual([]);
  });

  it('scenario redirect on the net.fetch transport: the cancelled redirect is diagnosed as a redirect, not a network error', async () => {
    const { result } = await run(provider, 'redirect', fake.baseUrls, netFetchLike);
    expect(result?.outcome).toBe('provider_error');
    expect(result?.hint).toContain('redirect');
    expect(fake.redirectedRequests).toEqual([]);
  });

  it('a TLS failure is a network error', async () => {
    const https = Object.fromEntries(
      Object.entries(fake.baseUrls).map(([p, url]) => [p, url.replace('http://', 'https://')]),
    ) as typeof fake.baseUrls;
    const { result, elapsed } = await run(provider, 'valid', https);
    expect(result?.outcome).toBe('network_error');
    expect(elapsed).toBeLessThan(TIMEOUT + 1000);
  });
});
