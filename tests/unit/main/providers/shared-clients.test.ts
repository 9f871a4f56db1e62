/**
 * Every test of a provider shares one SDK client per address; each request carries its own key. Many keys
 * tested at once, with answers that differ per key, must each get their own answer: no request carries
 * another test's key or the client's placeholder, and an error body read for one test never reaches another.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WRONG_KEY_PREFIX } from '../../../../src/main/providers/openai-compatible';
import { type ProviderRegistry, createProviderRegistry } from '../../../../src/main/providers/registry';
import { KEY_IN_EACH_REQUEST } from '../../../../src/main/providers/sdk-clients';
import { testKey } from '../../../../src/main/testing/test-key';
import { type BuiltInProviderId, builtInProviderIds } from '../../../../src/shared/providers';
import type { Outcome } from '../../../../src/shared/test-result';
import { type FakeProviders, type Scenario, startFakeProviders } from '../../../fixtures/fake-providers';

let fake: FakeProviders;
let registry: ProviderRegistry;
beforeAll(async () => {
  fake = await startFakeProviders();
  registry = createProviderRegistry(fake.baseUrls);
});
afterAll(() => fake.close());

const shapes: Record<BuiltInProviderId, (tag: string) => string> = {
  openai: (tag) => `sk-proj-${tag}-${'A'.repeat(40)}`,
  anthropic: (tag) => `sk-ant-api03-${tag}-${'B'.repeat(60)}`,
  gemini: (tag) => `AQ.Ab-${tag}-${'c'.repeat(30)}`,
  deepseek: (tag) => `sk-${tag}-0123456789abcdef`,
};
/** Outcomes that differ by key, so an answer handed to the wrong test shows. */
const mix: Array<[Scenario, Outcome]> = [
  ['valid', 'ok'],
  ['invalid', 'invalid_key'],
  ['ratelimit', 'rate_limited'],
  ['echo', 'invalid_key'],
];

it('tests many keys of every provider at once, each with its own key and its own answer', async () => {
  fake.requests.length = 0;
  const cases = builtInProviderIds.flatMap((provider) =>
    Array.from({ length: 12 }, (_, n) => {
      const [scenario, expected] = mix[n % mix.length] as [Scenario, Outcome];
      return { provider, secret: shapes[provider](`scenario_${scenario}-n${n}`), expected };
    }),
  );
  const results = await Promise.all(
    cases.map((c) =>
      testKey({
        provider: c.provider,
        entry: registry[c.provider],
        secret: c.secret,
        model: '',
        timeoutMs: 10_000,
        cancel: new AbortController().signal,
      }),
    ),
  );
  expect(results.map((r) => r?.outcome)).toEqual(cases.map((c) => c.expected));

  const tested = new Set(cases.map((c) => c.secret));
  const sent = fake.requests.map((r) => r.key);
  // In any header, not only the one the fake reads the key from: an SDK may send its own beside ours.
  expect(fake.requests.filter((r) => JSON.stringify(r.headers).includes(KEY_IN_EACH_REQUEST))).toEqual([]);
  expect(sent.filter((key) => !tested.has(key ?? '') && !key?.startsWith(WRONG_KEY_PREFIX))).toEqual([]);
  for (const secret of tested) expect(sent).toContain(secret);
  // An echoed key is redacted from its own test's answer, and no test's answer holds any key tested beside it.
  const answers = JSON.stringify(results);
  for (const secret of tested) expect(answers).not.toContain(secret);
});
