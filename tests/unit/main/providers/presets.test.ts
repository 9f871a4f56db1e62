/**
 * Issue #15: every custom-service preset through the real `openai` SDK and the real classification,
 * against fake servers that answer with each service's own shapes and errors (docs/PROVIDERS.md): a valid
 * key, a wrong key, a rate limit and a wrong base URL for each, and each service's particular cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderRegistry, createProviderRegistry, entryFor } from '../../../../src/main/providers/registry';
import { testKey } from '../../../../src/main/testing/test-key';
import { type PresetId, customPresets } from '../../../../src/shared/providers';
import type { Outcome, TestResult } from '../../../../src/shared/test-result';
import {
  type FakeProviders,
  type Scenario,
  refusedBaseUrl,
  startFakeProviders,
} from '../../../fixtures/fake-providers';

let fake: FakeProviders;
let registry: ProviderRegistry;
beforeAll(async () => {
  fake = await startFakeProviders();
  registry = createProviderRegistry(fake.baseUrls, { presetBaseUrls: fake.presetBaseUrls });
});
afterAll(() => fake.close());

const secret = (preset: PresetId, scenario: Scenario) => `${preset}-key-scenario_${scenario}-${'k'.repeat(24)}`;
const nameOf = (preset: PresetId) => customPresets.find((p) => p.id === preset)!.name;

async function run(
  preset: PresetId,
  scenario: Scenario,
  options: { baseUrl?: string; model?: string; registry?: ProviderRegistry } = {},
): Promise<TestResult> {
  const endpoint = { name: nameOf(preset), baseUrl: options.baseUrl ?? fake.presetBaseUrls[preset] };
  const result = await testKey({
    provider: 'custom',
    entry: entryFor(options.registry ?? registry, { provider: 'custom', endpoint }),
    secret: secret(preset, scenario),
    model: options.model ?? '',
    timeoutMs: 5000,
    cancel: new AbortController().signal,
  });
  if (!result) throw new Error('test was cancelled');
  return result;
}

/** The base URL without its last path segment: the `/v1` users most often leave out. */
const withoutLastSegment = (url: string) => url.replace(/\/[^/]+$/, '');

const table: Array<[PresetId, Scenario, Outcome, number | undefined]> = [
  ['openrouter', 'valid', 'ok', undefined],
  ['openrouter', 'invalid', 'invalid_key', 401],
  ['openrouter', 'ratelimit', 'rate_limited', 429],
  ['openrouter', 'limitspent', 'quota_exhausted', undefined],
  ['openrouter', 'nolimit', 'ok', undefined],
  ['groq', 'valid', 'ok', undefined],
  ['groq', 'invalid', 'invalid_key', 401],
  ['groq', 'ratelimit', 'rate_limited', 429],
  ['groq', 'scope', 'permission_denied', 400],
  ['mistral', 'valid', 'ok', undefined],
  ['mistral', 'invalid', 'invalid_key', 401],
  ['mistral', 'ratelimit', 'rate_limited', 429],
  ['mistral', 'server', 'provider_error', 503],
  ['xai', 'valid', 'ok', undefined],
  ['xai', 'invalid', 'invalid_key', 400],
  ['xai', 'ratelimit', 'rate_limited', 429],
  ['xai', 'nocredit', 'quota_exhausted', 403],
  ['together', 'valid', 'ok', undefined],
  ['together', 'invalid', 'invalid_key', 401],
  ['together', 'ratelimit', 'rate_limited', 429],
  ['together', 'nocredit', 'quota_exhausted', 402],
  ['ollama', 'valid', 'no_key_needed', undefined],
  ['ollama', 'invalid', 'no_key_needed', undefined],
  ['ollama', 'busy', 'rate_limited', 503],
];

describe('custom-service presets', () => {
  it.each(table)('%s %s → %s', async (preset, scenario, outcome, status) => {
    const result = await run(preset, scenario);
    expect(result.outcome).toBe(outcome);
    expect(result.httpStatus).toBe(status);
    expect(JSON.stringify(result)).not.toContain(secret(preset, scenario));
    // The service is named as the user picked it, never "OpenAI-compatible (custom)".
    expect(`${result.message} ${result.hint}`).not.toContain('custom');
  });

  it.each(customPresets.map((p) => p.id))('%s: a base URL missing its last segment is a wrong address', async (id) => {
    const result = await run(id, 'valid', { baseUrl: withoutLastSegment(fake.presetBaseUrls[id]) });
    expect(result.outcome).toBe('wrong_address');
    expect(result.httpStatus).toBe(404);
    expect(result.message).not.toContain('temporary');
    expect(result.hint).toContain(fake.presetBaseUrls[id]);
  });

  it('reads every model-list shape: `{ data }` (OpenRouter), a bare array (Together), OpenAI’s own', async () => {
    expect((await run('openrouter', 'valid')).models).toContain('openai/gpt-4o');
    expect((await run('together', 'valid')).models).toEqual([
      'meta-llama/Llama-3.3-70B-Instruct-Turbo',
      'deepseek-ai/DeepSeek-V3',
      'BAAI/bge-large-en-v1.5',
    ]);
    expect((await run('groq', 'valid')).models).toHaveLength(3);
  });

  it('OpenRouter: proves the key with /key and shows the credit its limit leaves', async () => {
    const result = await run('openrouter', 'valid');
    expect(result.verifiedBy).toBe('key_endpoint');
    expect(result.message).toContain('OpenRouter confirmed the key');
    expect(result.balance).toEqual([{ currency: 'USD', total: '8.75', kind: 'credit_left' }]);
    const spent = await run('openrouter', 'limitspent');
    expect(spent.balance).toEqual([{ currency: 'USD', total: '0', kind: 'credit_left' }]);
    expect((await run('openrouter', 'nolimit')).balance).toEqual([]);
    // The public model list alone would have said OK for a wrong key.
    expect((await run('openrouter', 'invalid')).message).toBe(
      'OpenRouter rejected this key: it is wrong, revoked or expired.',
    );
  });

  it('a service whose list checks keys is proven by a wrong key being refused', async () => {
    const before = fake.requests.length;
    const result = await run('groq', 'valid');
    expect(result.verifiedBy).toBe('wrong_key_refused');
    const sent = fake.requests.slice(before).map((r) => r.key);
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toBe(secret('groq', 'valid'));
  });

  it('a remote service that lists models for any key is "not verified", never OK', async () => {
    const remote = createProviderRegistry(fake.baseUrls, { presetBaseUrls: fake.presetBaseUrls, isLocal: () => false });
    fake.acceptAnyKey.add('groq');
    try {
      const result = await run('groq', 'valid', { registry: remote });
      expect(result.outcome).toBe('unverified');
      expect(result.message).toBe('Groq does not check keys when listing models; the key could not be verified.');
      expect(result.verifiedBy).toBeUndefined();
    } finally {
      fake.acceptAnyKey.delete('groq');
    }
  });

  it('Ollama says plainly that it needs no key, and what to do when it is not running', async () => {
    expect((await run('ollama', 'valid')).message).toContain('needs no key');
    const nothing = `${await refusedBaseUrl()}/v1`;
    const stopped = createProviderRegistry(fake.baseUrls, { presetBaseUrls: { ollama: nothing } });
    const down = await run('ollama', 'valid', { baseUrl: nothing, registry: stopped });
    expect(down.outcome).toBe('network_error');
    expect(down.hint).toContain('Is Ollama running?');
  });

  it('a working key that cannot see its model is amber "model unavailable", with its own models', async () => {
    const result = await run('groq', 'valid', { model: 'gpt-4o' });
    expect(result.outcome).toBe('model_unavailable');
    expect(result.message).toContain('"gpt-4o"');
    expect(result.models).toContain('llama-3.3-70b-versatile');
  });

  it('names the service in messages and quotes its own words', async () => {
    const xai = await run('xai', 'invalid');
    expect(xai.message).toBe('xAI rejected this key: it is wrong, revoked or expired.');
    expect(xai.detail).toContain('Incorrect API key provided');
    expect((await run('mistral', 'invalid')).detail).toBe('Unauthorized');
    expect((await run('ollama', 'valid', { baseUrl: fake.presetBaseUrls.ollama.replace(/\/v1$/, '') })).detail).toBe(
      '404 page not found',
    );
  });
});
