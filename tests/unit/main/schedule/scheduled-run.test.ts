import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../../src/main/ports';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { fakeClock } from '../../../support/fake-clock';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

const HOUR = 3_600_000;
let fake: FakeProviders;
let store: TempStore;

beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());
beforeEach(() => {
  store = createTempStore();
});
afterEach(() => {
  fake.forceScenario = {};
  store.cleanup();
});

describe('a scheduled check', () => {
  it("alerts only on its own tests' changes: a key the user tests meanwhile shows its result in the window only", async () => {
    const clock = fakeClock();
    const notices: Notice[] = [];
    const core = createTestCore(store, {
      registry: createProviderRegistry(fake.baseUrls),
      settings: { checkEveryHours: 1 },
      clock: clock.clock,
      notify: (notice) => notices.push(notice),
    });
    await core.handlers['keys:add']({
      name: 'Slow-One',
      provider: 'openai',
      model: '',
      secret: 'sk-proj-scenario_slow-0123456789abcdef',
    } as never);
    await core.start();
    fake.slowMs = 500;
    clock.advance(HOUR + 60_000);
    expect(core.scheduler.isRunning()).toBe(true);

    // Added after the run listed its keys: only the user tests this one, and it stops working.
    const mine = await core.handlers['keys:add']({
      name: 'Claude-Mine',
      provider: 'anthropic',
      model: '',
      secret: 'sk-ant-api03-scenario_valid-0123456789abcdef',
    } as never);
    await core.handlers['keys:test']({ id: mine.id });
    fake.forceScenario.anthropic = 'invalid';
    expect((await core.handlers['keys:test']({ id: mine.id })).status).toBe('invalid_key');
    expect(core.scheduler.isRunning()).toBe(true);

    await core.runner.testAllDone();
    await new Promise((resolve) => setTimeout(resolve, 50)); // results are announced after they are stored
    expect(notices).toEqual([]);
    core.stop();
  });
});
