/** Custom OpenAI-compatible providers: the base URL rules, and tests against a compatible server. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { createStoreRepository } from '../../../../src/main/vault/repository';
import { addKeyInputSchema, baseUrlSchema } from '../../../../src/shared/keys';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

describe('custom base URL', () => {
  it.each([
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api/v1'],
    ['https://api.groq.com/openai/v1/', 'https://api.groq.com/openai/v1'],
    ['http://localhost:11434/v1', 'http://localhost:11434/v1'],
    ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1'],
    ['http://[::1]:8080/v1', 'http://[::1]:8080/v1'],
  ])('accepts %s', (input, output) => {
    expect(baseUrlSchema.parse(input)).toBe(output);
  });

  // Issue #12 item 8: the address is stored and shown as the request will see it, not as typed.
  it.each([
    ['encoded dot', 'https://api.openai.com%2Eevil.example/v1', 'https://api.openai.com.evil.example/v1'],
    ['ideographic full stop', 'https://api.openai.com\u3002evil.example/v1', 'https://api.openai.com.evil.example/v1'],
    ['look-alike unicode host', 'https://аpi.openai.com/v1', 'https://xn--pi-6kc.openai.com/v1'],
    ['upper case and dot segments', 'HTTPS://API.Example.COM/v2/../v1/', 'https://api.example.com/v1'],
  ])('scenario %s: stores the canonical URL', (_, input, output) => {
    expect(baseUrlSchema.parse(input)).toBe(output);
    const added = addKeyInputSchema.parse({
      provider: 'custom',
      model: '',
      name: 'K',
      secret: 'sk-0123456789abcdef',
      endpoint: { name: 'X', baseUrl: input },
    });
    expect(added.endpoint?.baseUrl).toBe(output);
  });

  it('scenario stored as typed: a base URL saved by an older version is shown canonical', async () => {
    const record = {
      id: '2b1c3f7e-8a4d-4c5e-9f60-1a2b3c4d5e6f',
      name: 'K',
      provider: 'custom',
      model: '',
      hint: 'sk-…cdef',
      ciphertext: 'AAAA',
      backend: 'test',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      endpoint: { name: 'X', baseUrl: 'https://api.openai.com%2Eevil.example/v1' },
    };
    const [loaded] = await createStoreRepository({ get: () => [record], set: () => {}, path: '/dev/null' }).load();
    expect(loaded?.endpoint?.baseUrl).toBe('https://api.openai.com.evil.example/v1');
  });

  it.each([
    ['not a url', 'not a URL'],
    ['http://example.com/v1', 'Use https'],
    ['http://192.168.1.10:11434/v1', 'Use https'],
    ['ftp://files.example.com', 'Use https'],
    ['javascript:alert(1)', 'Use https'],
    ['https://user:pass@api.example.com/v1', 'user name'],
    ['https://api.example.com/v1?key=abc', 'query'],
  ])('refuses %s with a clear message', (input, message) => {
    const result = baseUrlSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('requires an endpoint for a custom key, and refuses one for a built-in provider', () => {
    const base = { model: '', name: 'K', secret: 'sk-0123456789abcdef' };
    expect(addKeyInputSchema.safeParse({ ...base, provider: 'custom' }).success).toBe(false);
    expect(
      addKeyInputSchema.safeParse({
        ...base,
        provider: 'openai',
        endpoint: { name: 'X', baseUrl: 'https://x.example/v1' },
      }).success,
    ).toBe(false);
    expect(
      addKeyInputSchema.safeParse({
        ...base,
        provider: 'custom',
        endpoint: { name: 'Groq', baseUrl: 'https://api.groq.com/openai/v1' },
      }).success,
    ).toBe(true);
  });
});

describe('testing a custom key', () => {
  let fake: FakeProviders;
  let store: TempStore;
  let core: Core;
  beforeAll(async () => {
    fake = await startFakeProviders();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    store = createTempStore();
    core = createTestCore(store, { registry: createProviderRegistry(fake.baseUrls) });
  });
  afterEach(() => store.cleanup());

  // The fake OpenAI route stands in for any OpenAI-compatible service.
  const add = (scenario: string, baseUrl = fake.baseUrls.openai) =>
    core.handlers['keys:add']({
      provider: 'custom',
      model: '',
      name: `Local-${scenario}`,
      secret: `sk-scenario_${scenario}-0123456789`,
      endpoint: { name: 'Local', baseUrl },
    });

  it('lists the live models at its own base URL, shown with the key', async () => {
    const key = await add('valid');
    expect(key.endpoint).toEqual({ name: 'Local', baseUrl: fake.baseUrls.openai });
    const tested = await core.handlers['keys:test']({ id: key.id });
    expect(tested.status).toBe('ok');
    expect((await core.handlers['keys:details']({ id: key.id })).models).toContain('gpt-5.5');
    expect(fake.requests.at(-1)?.path).toBe('/openai/v1/models');
  });

  it('says so when the address answers with something that is not a model list', async () => {
    const tested = await core.handlers['keys:test']({ id: (await add('badshape')).id });
    expect(tested.status).toBe('provider_error');
    expect(tested.lastTest?.hint).toContain('not a model list');
    expect(tested.lastTest?.hint).toContain('check it');
  });

  it('says so when nothing answers at the address', async () => {
    const tested = await core.handlers['keys:test']({ id: (await add('valid', 'http://127.0.0.1:9/v1')).id });
    expect(tested.status).toBe('network_error');
  });
});
