/** Timeouts, cancel, refused connections and the user's environment, for every provider. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { testKey } from '../../../../src/main/testing/test-key';
import { type ProviderId, builtInProviderIds } from '../../../../src/shared/providers';
import { type FakeProviders, refusedBaseUrl, startFakeProviders } from '../../../fixtures/fake-providers';

let fake: FakeProviders;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

const secret = (provider: ProviderId, scenario: string) =>
  `${provider === 'gemini' ? 'AQ.' : 'sk-'}scenario_${scenario}-0123456789abcdef`;

describe.each(builtInProviderIds)('%s', (provider) => {
  it('reports a provider that never answers as a timeout, within timeout + 1 s', async () => {
    const registry = createProviderRegistry(fake.baseUrls);
    const started = Date.now();
    const result = await testKey({
      provider,
      entry: registry[provider],
      secret: secret(provider, 'hang'),
      model: '',
      timeoutMs: 600,
      cancel: new AbortController().signal,
    });
    const elapsed = Date.now() - started;
    expect(result?.outcome).toBe('timeout');
    expect(result?.message).toContain('did not answer');
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(600 + 1000);
  });

  it('stops at once when cancelled and yields no result', async () => {
    const registry = createProviderRegistry(fake.baseUrls);
    const cancel = new AbortController();
    const started = Date.now();
    const pending = testKey({
      provider,
      entry: registry[provider],
      secret: secret(provider, 'hang'),
      model: '',
      timeoutMs: 10_000,
      cancel: cancel.signal,
    });
    setTimeout(() => cancel.abort(), 100);
    await expect(pending).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(100 + 1000);
  });

  it('reports a refused connection as a network error', async () => {
    const registry = createProviderRegistry({ [provider]: await refusedBaseUrl() });
    const result = await testKey({
      provider,
      entry: registry[provider],
      secret: secret(provider, 'valid'),
      model: '',
      timeoutMs: 5000,
      cancel: new AbortController().signal,
    });
    expect(result?.outcome).toBe('network_error');
    expect(result?.hint).toMatch(/connection|proxy|firewall/);
  });

  it('waits for a slow provider that answers within the timeout', async () => {
    const registry = createProviderRegistry(fake.baseUrls);
    fake.slowMs = 300;
    const result = await testKey({
      provider,
      entry: registry[provider],
      secret: secret(provider, 'slow'),
      model: '',
      timeoutMs: 5000,
      cancel: new AbortController().signal,
    });
    expect(result?.outcome).toBe('ok');
    expect(result?.latencyMs).toBeGreaterThanOrEqual(290);
  });
});

describe("the user's environment", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('cannot redirect a test or add credentials to it', async () => {
    const elsewhere = await refusedBaseUrl();
    Object.assign(process.env, {
      OPENAI_BASE_URL: elsewhere,
      OPENAI_ORG_ID: 'org-from-env',
      OPENAI_PROJECT_ID: 'proj-from-env',
      ANTHROPIC_BASE_URL: elsewhere,
      ANTHROPIC_AUTH_TOKEN: 'token-from-env',
      GOOGLE_GEMINI_BASE_URL: elsewhere,
      GOOGLE_GENAI_USE_VERTEXAI: 'true',
      GOOGLE_GENAI_API_VERSION: 'v1alpha',
      GEMINI_API_KEY: 'AQ.from-env',
    });
    const registry = createProviderRegistry(fake.baseUrls);
    for (const provider of builtInProviderIds) {
      const before = fake.requests.length;
      const result = await testKey({
        provider,
        entry: registry[provider],
        secret: secret(provider, 'valid'),
        model: '',
        timeoutMs: 5000,
        cancel: new AbortController().signal,
      });
      expect(result?.outcome, provider).toBe('ok');
      const sent = fake.requests.slice(before);
      expect(sent.length).toBeGreaterThan(0);
      for (const request of sent) {
        expect(request.key).toBe(secret(provider, 'valid'));
        expect(JSON.stringify(request.headers)).not.toMatch(/from-env/);
        expect(request.path).not.toContain('v1alpha');
      }
    }
  });
});
