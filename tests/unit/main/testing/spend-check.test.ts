/**
 * Issue #15, "can this key spend?": an opt-in per key (off by default) that makes one request of one
 * output token after the free model list, so an account without credit says "Out of credit" instead of
 * OK. Through the real SDKs against the fake servers; scheduled runs use it only for keys that opted in.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ProviderRegistry, createProviderRegistry, entryFor } from '../../../../src/main/providers/registry';
import { type TestKeyOptions, testKey } from '../../../../src/main/testing/test-key';
import type { TestResult } from '../../../../src/shared/test-result';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let fake: FakeProviders;
let registry: ProviderRegistry;
beforeAll(async () => {
  fake = await startFakeProviders();
  registry = createProviderRegistry(fake.baseUrls, { presetBaseUrls: fake.presetBaseUrls });
});
afterAll(() => fake.close());

const spends = () => fake.requests.filter((r) => r.method === 'POST');

async function run(options: Pick<TestKeyOptions, 'secret' | 'model'> & Partial<TestKeyOptions>): Promise<TestResult> {
  const result = await testKey({
    provider: 'openai',
    entry: registry.openai,
    timeoutMs: 5000,
    cancel: new AbortController().signal,
    ...options,
  });
  if (!result) throw new Error('test was cancelled');
  return result;
}

describe('the spend check', () => {
  it('is what tells an empty account: the model list alone says OK', async () => {
    const secret = 'sk-proj-scenario_spendless-0123456789abcdef';
    expect((await run({ secret, model: 'gpt-5.5' })).outcome).toBe('ok');
    const before = spends().length;
    const result = await run({ secret, model: 'gpt-5.5', spendCheck: true });
    expect(result.outcome).toBe('quota_exhausted');
    expect(result.httpStatus).toBe(429);
    expect(result.models).toContain('gpt-5.5');
    expect(spends().length - before).toBe(1);
    expect(spends().at(-1)?.path).toBe('/openai/v1/chat/completions');
  });

  it('says how the key was proven when the account can spend', async () => {
    const result = await run({ secret: 'sk-proj-valid-0123456789abcdef', model: 'gpt-5.5', spendCheck: true });
    expect(result.outcome).toBe('ok');
    expect(result.verifiedBy).toBe('spend_request');
    expect(result.hint).toContain('one output token');
  });

  it("uses the provider's cheapest model when the key has none (Anthropic: credit too low is a 400)", async () => {
    const result = await run({
      provider: 'anthropic',
      entry: registry.anthropic,
      secret: 'sk-ant-api03-scenario_spendless-0123456789abcdef',
      model: '',
      spendCheck: true,
    });
    expect(result.outcome).toBe('quota_exhausted');
    expect(spends().at(-1)?.path).toBe('/anthropic/v1/messages');
  });

  it('proves a key where the service lists models for any key, and asks for a model when it has none', async () => {
    const remote = createProviderRegistry(fake.baseUrls, { presetBaseUrls: fake.presetBaseUrls, isLocal: () => false });
    const entry = entryFor(remote, {
      provider: 'custom',
      endpoint: { name: 'Groq', baseUrl: fake.presetBaseUrls.groq },
    });
    fake.acceptAnyKey.add('groq');
    try {
      const base = { provider: 'custom' as const, entry, secret: 'gsk_valid-0123456789abcdef', spendCheck: true };
      const proven = await run({ ...base, model: 'llama-3.1-8b-instant' });
      expect(proven.outcome).toBe('ok');
      expect(proven.verifiedBy).toBe('spend_request');
      const modelless = await run({ ...base, model: '' });
      expect(modelless.outcome).toBe('unverified');
      expect(modelless.hint).toContain('Choose a model');
    } finally {
      fake.acceptAnyKey.delete('groq');
    }
  });
});

describe('the spend check as a key setting', () => {
  let store: TempStore;
  beforeEach(() => {
    store = createTempStore();
  });
  afterEach(() => store.cleanup());

  it('is off by default, turned on per key, and a scheduled run spends only for keys that opted in', async () => {
    const core = createTestCore(store, { registry });
    const add = (name: string) =>
      core.handlers['keys:add']({ name, provider: 'openai', model: 'gpt-5.5', secret: `sk-proj-${name}-0123456789` });
    const on = await add('spend-on');
    const off = await add('spend-off');
    expect(on.spendCheck).toBe(false);
    expect((await core.handlers['keys:set-spend-check']({ id: on.id, enabled: true })).spendCheck).toBe(true);

    const before = spends().length;
    await core.runner.testAll('schedule');
    await core.runner.testAllDone();
    const spent = spends().slice(before);
    expect(spent.map((r) => r.key)).toEqual(['sk-proj-spend-on-0123456789']);
    expect((await core.handlers['keys:list'](undefined)).find((k) => k.id === off.id)?.status).toBe('ok');
  });
});
