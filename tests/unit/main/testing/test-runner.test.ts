import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Core, PROGRESS_EVERY_MS } from '../../../../src/main/core';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { PER_PROVIDER_LIMIT } from '../../../../src/main/testing/test-runner';
import type { TestProgress } from '../../../../src/shared/test-result';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let fake: FakeProviders;
let store: TempStore;
let core: Core;
let progress: TestProgress[];

beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());
beforeEach(() => {
  store = createTempStore();
  fake.latencyMs = 0;
  core = createTestCore(store, { registry: createProviderRegistry(fake.baseUrls) });
  progress = [];
  core.events.connect((event, payload) => {
    if (event === 'tests:progress') progress.push(payload as TestProgress);
  });
});
afterEach(() => store.cleanup());

const add = (name: string, provider: 'openai' | 'anthropic' | 'gemini' | 'deepseek', scenario = 'valid') =>
  core.handlers['keys:add']({
    name,
    provider,
    model: '',
    secret: `sk-scenario_${scenario}-${name}-0123456789`,
  } as never);

describe('test runner', () => {
  it('stores the result with the key, where it survives a restart', async () => {
    const key = await add('OpenAI-Production', 'openai');
    const tested = await core.handlers['keys:test']({ id: key.id });
    expect(tested).toMatchObject({ status: 'ok', testing: false, lastTest: { outcome: 'ok' } });
    expect((await core.handlers['keys:details']({ id: key.id })).models).toContain('gpt-5.5');
    core.stop(); // as quitting does: results are written behind, and quitting writes what is pending
    const restarted = createTestCore(store);
    const [reloaded] = await restarted.handlers['keys:list'](undefined);
    expect(reloaded?.lastTest).toEqual(tested.lastTest);
    expect(store.read()).not.toContain('scenario_valid-OpenAI');
  });

  it('joins a second test of the same key to the running one', async () => {
    const key = await add('Slow', 'openai', 'slow');
    fake.slowMs = 300;
    const before = fake.requests.length;
    const [a, b] = await Promise.all([
      core.handlers['keys:test']({ id: key.id }),
      core.handlers['keys:test']({ id: key.id }),
    ]);
    expect(fake.requests.length - before).toBe(1);
    expect(a.lastTest).toEqual(b.lastTest);
  });

  it('tests all keys with at most 8 key tests in flight per provider, reporting progress', async () => {
    for (let i = 0; i < 20; i++) await add(`OpenAI-${i}`, 'openai');
    for (let i = 0; i < 5; i++) await add(`Gemini-${i}`, 'gemini');
    // DeepSeek makes two requests per test (models and balance) in its one slot: the cap is on key tests.
    for (let i = 0; i < 12; i++) await add(`DeepSeek-${i}`, 'deepseek');
    fake.latencyMs = 50;
    fake.peakInFlight.openai = 0;
    fake.peakInFlight.deepseek = 0;
    const began = performance.now();
    const started = await core.handlers['keys:test-all'](undefined);
    expect(started).toMatchObject({ running: true, total: 37, done: 0 });
    await expect.poll(() => progress.at(-1)?.running, { timeout: 10_000 }).toBe(false);
    const elapsed = performance.now() - began;
    expect(progress[0]).toMatchObject({ running: true, done: 0 });
    expect(progress.at(-1)).toMatchObject({ running: false, total: 37, done: 37, cancelled: false });
    // Not one event per key: the first and last at once, the ones between at most every PROGRESS_EVERY_MS.
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / PROGRESS_EVERY_MS) + 2);
    expect(progress.length).toBeLessThan(37);
    expect(fake.peakInFlight.openai).toBe(PER_PROVIDER_LIMIT);
    expect(fake.peakInFlight.deepseek).toBe(2 * PER_PROVIDER_LIMIT);
    const keys = await core.handlers['keys:list'](undefined);
    expect(keys.every((k) => k.status === 'ok' && !k.testing)).toBe(true);
  });

  it('does not start a second test-all while one runs', async () => {
    await add('A', 'openai', 'slow');
    fake.slowMs = 200;
    const first = await core.handlers['keys:test-all'](undefined);
    const second = await core.handlers['keys:test-all'](undefined);
    expect(second).toEqual(first);
    await expect.poll(() => progress.at(-1)?.running).toBe(false);
  });

  it('cancels running and queued tests; keys keep their previous result', async () => {
    const first = await add('Hang-0', 'anthropic', 'hang');
    await core.handlers['settings:update']({ testTimeoutMs: 1000 });
    const previous = (await core.handlers['keys:test']({ id: first.id })).lastTest;
    expect(previous?.outcome).toBe('timeout');
    await core.handlers['settings:update']({ testTimeoutMs: 30_000 });
    for (let i = 1; i < 12; i++) await add(`Hang-${i}`, 'anthropic', 'hang');
    fake.peakInFlight.anthropic = 0;
    await core.handlers['keys:test-all'](undefined);
    await expect.poll(() => fake.peakInFlight.anthropic).toBe(PER_PROVIDER_LIMIT);
    const { cancelled } = await core.handlers['keys:cancel-tests'](undefined);
    expect(cancelled).toBe(12);
    await expect.poll(() => progress.at(-1)?.running, { timeout: 3000 }).toBe(false);
    expect(progress.at(-1)?.cancelled).toBe(true);
    const keys = await core.handlers['keys:list'](undefined);
    expect(keys.every((k) => !k.testing)).toBe(true);
    expect(keys.find((k) => k.id === first.id)?.lastTest).toEqual(previous);
    expect(keys.filter((k) => k.id !== first.id).every((k) => k.status === 'not_tested')).toBe(true);
  });

  it('tests a key right after it is added, unless turned off in settings', async () => {
    const auto = createTestCore(store, {
      registry: createProviderRegistry(fake.baseUrls),
      settings: { testAfterAdd: true },
    });
    const added = await auto.handlers['keys:add']({
      name: 'Auto',
      provider: 'deepseek',
      model: '',
      secret: 'sk-scenario_valid-auto-0123456789',
    } as never);
    expect(added.testing).toBe(true);
    await expect.poll(async () => (await auto.handlers['keys:list'](undefined))[0]?.status).toBe('ok');
    await auto.handlers['settings:update']({ testAfterAdd: false });
    const manual = await auto.handlers['keys:add']({
      name: 'Manual',
      provider: 'deepseek',
      model: '',
      secret: 'sk-scenario_valid-man-0123456789',
    } as never);
    expect(manual.testing).toBe(false);
  });

  it('starts one run when test-all is asked twice at once (window and tray)', async () => {
    for (let i = 0; i < 3; i++) await add(`K-${i}`, 'openai', 'slow');
    fake.slowMs = 100;
    const [a, b] = await Promise.all([
      core.handlers['keys:test-all'](undefined),
      core.handlers['keys:test-all'](undefined),
    ]);
    expect(a).toEqual(b);
    await expect.poll(() => progress.at(-1)?.running).toBe(false);
    expect(progress.filter((p) => !p.running)).toHaveLength(1);
    expect(Math.max(...progress.map((p) => p.done))).toBe(3);
  });

  it('runs a test asked for right after a cancel, instead of joining the cancelled one', async () => {
    const key = await add('Again', 'openai', 'slow');
    fake.slowMs = 300;
    const first = core.handlers['keys:test']({ id: key.id });
    await expect.poll(() => fake.requests.some((r) => r.key?.includes('Again'))).toBe(true);
    core.runner.cancelAll();
    const second = await core.handlers['keys:test']({ id: key.id });
    await first;
    expect(second.status).toBe('ok');
    expect(fake.requests.filter((r) => r.key?.includes('Again'))).toHaveLength(2);
  });

  it('drops a result when the model was changed while the test ran', async () => {
    const key = await add('Switch', 'openai', 'slow');
    fake.slowMs = 300;
    const running = core.handlers['keys:test']({ id: key.id });
    await expect.poll(() => fake.requests.some((r) => r.key?.includes('Switch'))).toBe(true);
    await core.handlers['keys:set-model']({ id: key.id, model: 'gpt-4o' });
    const after = await running;
    expect(after.model).toBe('gpt-4o');
    expect(after.lastTest).toBeNull();
  });

  it('answers not_found when testing a key that does not exist', async () => {
    await expect(core.handlers['keys:test']({ id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('uses the timeout from settings', async () => {
    const key = await add('Hangs', 'gemini', 'hang');
    await core.handlers['settings:update']({ testTimeoutMs: 1000 });
    const started = Date.now();
    const result = await core.handlers['keys:test']({ id: key.id });
    expect(result.status).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
