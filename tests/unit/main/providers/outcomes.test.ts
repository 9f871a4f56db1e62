/**
 * Every outcome for every provider, through the real SDKs, against the fake provider servers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderRegistry, createProviderRegistry } from '../../../../src/main/providers/registry';
import { listsModel, testKey } from '../../../../src/main/testing/test-key';
import type { BuiltInProviderId } from '../../../../src/shared/providers';
import type { Outcome, TestResult } from '../../../../src/shared/test-result';
import { type FakeProviders, type Scenario, startFakeProviders } from '../../../fixtures/fake-providers';

let fake: FakeProviders;
let registry: ProviderRegistry;
beforeAll(async () => {
  fake = await startFakeProviders();
  registry = createProviderRegistry(fake.baseUrls);
});
afterAll(() => fake.close());

const secrets: Record<BuiltInProviderId, (s: Scenario) => string> = {
  openai: (s) => `sk-proj-scenario_${s}-${'A'.repeat(40)}x9Z1`,
  anthropic: (s) => `sk-ant-api03-scenario_${s}-${'B'.repeat(60)}AA`,
  gemini: (s) => `AQ.Ab-scenario_${s}-${'c'.repeat(30)}`,
  deepseek: (s) => `sk-scenario_${s}-0123456789abcdef`,
};

async function run(provider: BuiltInProviderId, scenario: Scenario, model = '', timeoutMs = 5000): Promise<TestResult> {
  const result = await testKey({
    provider,
    entry: registry[provider],
    secret: secrets[provider](scenario),
    model,
    timeoutMs,
    cancel: new AbortController().signal,
  });
  if (!result) throw new Error('test was cancelled');
  return result;
}

const table: Array<[BuiltInProviderId, Scenario, Outcome, number | undefined]> = [
  ['openai', 'valid', 'ok', undefined],
  ['openai', 'invalid', 'invalid_key', 401],
  ['openai', 'scope', 'permission_denied', 401],
  ['openai', 'country', 'permission_denied', 403],
  ['openai', 'nocredit', 'quota_exhausted', 429],
  ['openai', 'ratelimit', 'rate_limited', 429],
  ['openai', 'server', 'provider_error', 500],
  ['openai', 'overloaded', 'provider_error', 503],
  ['openai', 'malformed', 'provider_error', undefined],
  ['openai', 'badshape', 'provider_error', undefined],
  ['openai', 'reset', 'network_error', undefined],
  ['anthropic', 'valid', 'ok', undefined],
  ['anthropic', 'paged', 'ok', undefined],
  ['anthropic', 'invalid', 'invalid_key', 401],
  ['anthropic', 'scope', 'permission_denied', 403],
  ['anthropic', 'nocredit', 'quota_exhausted', 402],
  ['anthropic', 'credit400', 'quota_exhausted', 400],
  ['anthropic', 'ratelimit', 'rate_limited', 429],
  ['anthropic', 'server', 'provider_error', 500],
  ['anthropic', 'overloaded', 'provider_error', 529],
  ['anthropic', 'malformed', 'provider_error', undefined],
  ['anthropic', 'badshape', 'provider_error', undefined],
  ['anthropic', 'reset', 'network_error', undefined],
  ['gemini', 'valid', 'ok', undefined],
  ['gemini', 'paged', 'ok', undefined],
  ['gemini', 'invalid', 'invalid_key', 400],
  ['gemini', 'authkey', 'invalid_key', 401],
  ['gemini', 'leaked', 'invalid_key', 403],
  ['gemini', 'scope', 'permission_denied', 403],
  ['gemini', 'nocredit', 'quota_exhausted', 402],
  ['gemini', 'ratelimit', 'rate_limited', 429],
  ['gemini', 'server', 'provider_error', 500],
  ['gemini', 'overloaded', 'provider_error', 503],
  ['gemini', 'malformed', 'provider_error', undefined],
  ['gemini', 'badshape', 'provider_error', undefined],
  ['gemini', 'reset', 'network_error', undefined],
  ['deepseek', 'valid', 'ok', undefined],
  ['deepseek', 'invalid', 'invalid_key', 401],
  ['deepseek', 'nocredit', 'quota_exhausted', 402],
  ['deepseek', 'nobalance', 'quota_exhausted', undefined],
  ['deepseek', 'ratelimit', 'rate_limited', 429],
  ['deepseek', 'server', 'provider_error', 500],
  ['deepseek', 'overloaded', 'provider_error', 503],
  ['deepseek', 'malformed', 'provider_error', undefined],
  ['deepseek', 'badshape', 'provider_error', undefined],
  ['deepseek', 'reset', 'network_error', undefined],
];

describe('key test outcomes', () => {
  it.each(table)('%s %s → %s', async (provider, scenario, outcome, status) => {
    const before = fake.requests.length;
    const result = await run(provider, scenario);
    expect(result.outcome).toBe(outcome);
    expect(result.httpStatus).toBe(status);
    expect(result.message.length).toBeGreaterThan(10);
    expect(result.hint.length).toBeGreaterThan(10);
    expect(JSON.stringify(result)).not.toContain(secrets[provider](scenario));
    // Retries are off: the model list is asked for once (twice when paged). DeepSeek's balance call runs
    // alongside and may land after the answer, so it is left out, and the count is polled.
    const calls = () =>
      fake.requests
        .slice(before)
        .filter((r) => r.key === secrets[provider](scenario) && !r.path.endsWith('/user/balance'));
    await expect.poll(() => calls().length).toBe(scenario === 'paged' ? 2 : 1);
  });

  it('lists the live models on success, with the request id and no tokens spent', async () => {
    const result = await run('openai', 'valid');
    expect(result.models).toContain('gpt-5.5');
    expect(result.requestId).toMatch(/^req_fake_/);
    expect(result.message).toContain('6 models');
    const paths = fake.requests.map((r) => r.path);
    expect(paths.every((p) => /\/models(\?|$)|\/user\/balance$/.test(p))).toBe(true);
  });

  it('follows pages of the model list', async () => {
    expect((await run('anthropic', 'paged')).models).toHaveLength(4);
    expect((await run('gemini', 'paged')).models).toEqual([
      'gemini-3.8-flash',
      'gemini-2.5-pro',
      'gemini-flash-latest',
      'text-embedding-004',
    ]);
  });

  it('reports the DeepSeek balance', async () => {
    expect((await run('deepseek', 'valid')).balance).toEqual([{ currency: 'USD', total: '42.50', kind: 'balance' }]);
    const empty = await run('deepseek', 'nobalance');
    expect(empty.balance).toEqual([{ currency: 'USD', total: '0.00', kind: 'balance' }]);
    expect(empty.link).toBe('billing');
  });

  // Issue #15: a model choice, not a permission problem; the key's own models come with it.
  it('reports a chosen model the key cannot see as "works — model unavailable"', async () => {
    const result = await run('openai', 'valid', 'gpt-6-astra');
    expect(result.outcome).toBe('model_unavailable');
    expect(result.message).toContain('"gpt-6-astra"');
    expect(result.models.length).toBeGreaterThan(0);
  });

  it('matches a model alias against the dated id the provider lists', async () => {
    expect((await run('anthropic', 'valid', 'claude-haiku-4-5')).outcome).toBe('ok');
  });

  it('does not take a longer model id for the chosen one', () => {
    expect(listsModel(['gpt-5.4-mini'], 'gpt-5.4')).toBe(false);
    expect(listsModel(['claude-opus-5-5'], 'claude-opus-5')).toBe(false);
    expect(listsModel(['gemini-2.5-flash-lite'], 'gemini-2.5-flash')).toBe(false);
    expect(listsModel(['gpt-4o-2024-08-06'], 'gpt-4o')).toBe(true);
    expect(listsModel(['claude-haiku-4-5-20251001'], 'claude-haiku-4-5')).toBe(true);
  });

  it('says when to retry after a rate limit', async () => {
    expect((await run('openai', 'ratelimit')).retryAfterSeconds).toBe(20);
    expect((await run('anthropic', 'ratelimit')).retryAfterSeconds).toBe(30);
    const gemini = await run('gemini', 'ratelimit');
    expect(gemini.retryAfterSeconds).toBe(26);
    expect(gemini.hint).toContain('26 s');
  });

  it('explains what is wrong in the provider-specific cases', async () => {
    expect((await run('openai', 'scope')).hint).toContain('Models: Read');
    expect((await run('gemini', 'authkey')).hint).toContain('AQ.');
    expect((await run('gemini', 'leaked')).hint).toContain('published');
    expect((await run('openai', 'invalid')).link).toBe('keys');
    expect((await run('anthropic', 'nocredit')).link).toBe('billing');
  });

  it('redacts a provider message that echoes the key', async () => {
    for (const provider of ['openai', 'deepseek'] as const) {
      const result = await run(provider, 'echo');
      expect(result.outcome).toBe('invalid_key');
      expect(result.detail).toContain('[redacted]');
      expect(JSON.stringify(result)).not.toContain(secrets[provider]('echo'));
    }
  });

  it('sends each provider its own auth header and the Anthropic version header', async () => {
    await run('gemini', 'valid');
    await run('anthropic', 'valid');
    const gemini = fake.requests.findLast((r) => r.provider === 'gemini');
    const anthropic = fake.requests.findLast((r) => r.provider === 'anthropic');
    expect(gemini?.headers['x-goog-api-key']).toBe(secrets.gemini('valid'));
    expect(gemini?.path).toContain('/gemini/v1beta/models');
    expect(anthropic?.key).toBe(secrets.anthropic('valid'));
    expect(anthropic?.headers['anthropic-version']).toBeTruthy();
  });
});
