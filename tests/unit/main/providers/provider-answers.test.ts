/**
 * Issue #12 items 3, 15 and 19: what a provider answers is hostile input. The key echoed back (whole,
 * in part, encoded; in the body, model ids, request ids, headers, balance) reaches neither the store nor
 * any reply or event; a value outside the contract's limits becomes "unreadable" and never breaks the
 * list, the events or the next start.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { contract, events } from '../../../../src/shared/ipc/contract';
import { type BuiltInProviderId, builtInProviderIds } from '../../../../src/shared/providers';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { tracesIn } from '../../../support/key-traces';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let fake: FakeProviders;
let store: TempStore;
let core: Core;
let emitted: unknown[];
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());
beforeEach(() => {
  store = createTempStore();
  core = createTestCore(store, { registry: createProviderRegistry(fake.baseUrls) });
  emitted = [];
  core.events.connect((event, payload) => emitted.push({ event, payload }));
});
afterEach(() => store.cleanup());

// `+ / =` so the URL-encoded echo differs from the key; a random middle so every trace is specific.
const secretFor = (provider: BuiltInProviderId, scenario: string) =>
  `${provider === 'gemini' ? 'AQ.' : 'sk-'}Zq81+Lw/Vx3=Rb7Tn2Kc-scenario_${scenario}-Hj5Pd9Wm4`;

async function testOnce(provider: BuiltInProviderId, scenario: string) {
  const secret = secretFor(provider, scenario);
  const key = await core.handlers['keys:add']({ provider, model: '', name: `${provider}-${scenario}`, secret });
  const tested = await core.handlers['keys:test']({ id: key.id });
  await new Promise((resolve) => setTimeout(resolve, 10)); // the coalesced keys:tested
  const details = await core.handlers['keys:details']({ id: key.id });
  return { secret, tested, details };
}

/** Everything that left main or reached the disk, as text. */
async function surfaces(tested: unknown, details: unknown): Promise<string> {
  await core.flushResults();
  return [
    store.read(),
    store.readResults(),
    JSON.stringify(tested),
    JSON.stringify(details),
    JSON.stringify(await core.handlers['keys:list'](undefined)),
    JSON.stringify(emitted),
  ].join('\n');
}

describe.each(builtInProviderIds)('%s answering with the key in it', (provider) => {
  it('scenario mirror: echoes in model ids, request ids, headers and balance are stored and sent nowhere', async () => {
    const { secret, tested, details } = await testOnce(provider, 'mirror');
    expect(tested.status).toBe('ok');
    expect(details.models).toContain(
      provider === 'gemini'
        ? 'gemini-2.5-pro'
        : provider === 'anthropic'
          ? 'claude-opus-5'
          : provider === 'openai'
            ? 'gpt-5.5'
            : 'deepseek-flash',
    );
    expect(tracesIn(await surfaces(tested, details), secret)).toEqual([]);
  });

  it('scenario echopart: a slice, the URL-encoded, base64 and hex key in an error body and request id are redacted', async () => {
    const { secret, tested, details } = await testOnce(provider, 'echopart');
    expect(tested.lastTest?.detail).toContain('[redacted]');
    expect(tracesIn(await surfaces(tested, details), secret)).toEqual([]);
  });
});

describe('answers outside the contract', () => {
  const listStillWorks = async () => {
    const list = await core.handlers['keys:list'](undefined);
    expect(contract['keys:list'].output.safeParse(list).success).toBe(true);
    // Every event the window got matches the contract (keys:tested carries the tested key).
    const sent = emitted as Array<{ event: keyof typeof events; payload: unknown }>;
    expect(sent.every((e) => events[e.event].payload.safeParse(e.payload).success)).toBe(true);
    // A restart reads the key and its result back, undamaged.
    await core.flushResults();
    const reopened = store.open();
    expect(await reopened.load()).toHaveLength(1);
    expect(reopened.recovery ?? null).toBeNull();
    expect(reopened.results.initial().size).toBe(1);
    return list;
  };

  it.each(builtInProviderIds)(
    'scenario retryinf (%s): a 400-digit Retry-After is "unreadable", and the key stays listed',
    async (provider) => {
      const { tested } = await testOnce(provider, 'retryinf');
      expect(tested.status).toBe('provider_error');
      expect(tested.lastTest?.hint).toContain('unreadable');
      expect(await listStillWorks()).toHaveLength(1);
      expect(emitted.some((e) => (e as { event: string }).event === 'keys:updated')).toBe(true);
    },
  );

  it('scenario currency: a DeepSeek currency longer than 8 characters is "unreadable", and the key stays listed', async () => {
    const { tested } = await testOnce('deepseek', 'currency');
    expect(tested.status).toBe('provider_error');
    expect(tested.lastTest?.hint).toContain('unreadable');
    await listStillWorks();
  });
});
