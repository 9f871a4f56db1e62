/**
 * Issue #16: events carry what changed. A test result sends the key that changed (in a small batch),
 * never the list; summaries carry no model lists and only the history the table shows; folding the
 * events into the list the window loaded gives exactly what keys:list answers.
 */
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createEventHub } from '../../../src/main/ipc/event-hub';
import { createKeyAnnouncer } from '../../../src/main/key-events';
import type { EventChannel } from '../../../src/shared/ipc/contract';
import { applyKeyEvent, isKeyEvent, type KeyEventArgs } from '../../../src/shared/key-list';
import type { KeySummary, TestedKey } from '../../../src/shared/keys';
import { HISTORY_SHOWN } from '../../../src/shared/test-result';
import { STUB_MODELS, stubRegistry } from '../../support/stub-registry';
import { type TempStore, createTempStore } from '../../support/temp-store';
import { createTestCore } from '../../support/test-core';

let store: TempStore;
let core: Core;
let sent: Array<{ event: EventChannel; payload: unknown }>;
beforeEach(() => {
  store = createTempStore();
  core = createTestCore(store, { registry: stubRegistry() });
  sent = [];
  core.events.connect((event, payload) => sent.push({ event, payload }));
});
afterEach(() => {
  core.stop();
  store.cleanup();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** What the window holds: summaries as they leave main (the handlers answer before the output schema's defaults). */
const list = async () => (await core.handlers['keys:list'](undefined)) as KeySummary[];
async function addKeys(count: number): Promise<KeySummary[]> {
  const added: KeySummary[] = [];
  for (let i = 0; i < count; i++) {
    const secret = `sk-events-${i}-0123456789`;
    const key = await core.handlers['keys:add']({ provider: 'openai', model: '', name: `Key-${i}`, secret });
    added.push(key as KeySummary);
  }
  return added;
}
async function testAll(): Promise<void> {
  await core.handlers['keys:test-all'](undefined);
  await core.runner.testAllDone();
  await settle();
}
const fold = (keys: KeySummary[], events: typeof sent) =>
  events.reduce(
    (list, { event, payload }) =>
      isKeyEvent(event) ? applyKeyEvent(list, ...([event, payload] as KeyEventArgs)) : list,
    keys,
  );

describe('key events', () => {
  it('test all sends the keys that changed, not the list, in under 2 KB per tested key, with full histories', async () => {
    await addKeys(40);
    await settle();
    const loaded = await list();
    sent = [];
    // Enough runs to fill what the table shows; the last runs are the steady state of a key checked for weeks.
    const runs = HISTORY_SHOWN + 2;
    let lastRun: typeof sent = [];
    for (let run = 0; run < runs; run++) {
      const before = sent.length;
      await testAll();
      lastRun = sent.slice(before);
    }
    expect(sent.some((e) => e.event === 'keys:changed')).toBe(false);
    const batches = sent.filter((e) => e.event === 'keys:tested').map((e) => (e.payload as { keys: TestedKey[] }).keys);
    expect(batches.flat()).toHaveLength(40 * runs); // each result once
    expect(Math.max(...batches.map((keys) => keys.length))).toBeLessThan(40); // batches, not the list
    for (const key of batches.flat()) {
      expect(key.lastTest).not.toHaveProperty('models');
      expect(key).not.toHaveProperty('history'); // the receiver adds the result to the history it holds
    }
    expect(sent.filter((e) => e.event === 'keys:testing').length).toBeGreaterThan(0);
    const bytes = lastRun.reduce((sum, e) => sum + serialize(e.payload).length, 0);
    expect(bytes / 40).toBeLessThan(2048);
    const folded = fold(loaded, sent);
    expect(folded.every((k) => k.history.length === HISTORY_SHOWN)).toBe(true);
    expect(folded).toEqual(await list());
  });

  it('a result whose list answer crossed its event is not added twice', async () => {
    const [key] = await addKeys(1);
    await settle();
    sent = [];
    await core.handlers['keys:test']({ id: key!.id });
    await settle();
    const after = await list(); // already holds the result the event announces
    expect(fold(after, sent)).toEqual(after);
  });

  it('two results of one key before an announcement go out whole, so none is missing from the history', async () => {
    const [key] = await addKeys(1);
    await settle();
    const loaded = await list();
    const mine: typeof sent = [];
    const events = createEventHub();
    events.connect((event, payload) => mine.push({ event, payload }));
    const announcer = createKeyAnnouncer({ events, vault: core.vault, log: { warn: () => {}, error: () => {} } });
    for (const second of [0, 1]) {
      const testedAt = new Date(Date.UTC(2026, 10, 30, 12, 0, second)).toISOString();
      const result = {
        outcome: 'ok' as const,
        message: 'Works',
        hint: '',
        latencyMs: 200,
        testedAt,
        model: '',
        models: [],
      };
      await core.vault.recordTest(key!.id, result, undefined);
      announcer.tested(key!.id, testedAt);
    }
    await settle();
    expect(mine.map((e) => e.event)).toEqual(['keys:updated']);
    expect(fold(loaded, mine)).toEqual(await list());
  });

  it('add, rename and delete each announce one key; a setting that changes every key sends the whole list', async () => {
    const loaded = await list();
    const [a, b] = await addKeys(2);
    await core.handlers['keys:rename']({ id: a!.id, name: 'Renamed' });
    await core.handlers['keys:remove']({ id: b!.id });
    await settle();
    expect(sent.map((e) => e.event)).not.toContain('keys:changed');
    expect(sent.filter((e) => e.event === 'keys:removed').map((e) => e.payload)).toEqual([{ ids: [b!.id] }]);
    for (const e of sent.filter((e) => e.event === 'keys:updated'))
      expect((e.payload as { keys: KeySummary[] }).keys).toHaveLength(1);
    expect(fold(loaded, sent)).toEqual(await list());
    sent = [];
    await core.handlers['settings:update']({ rotateAfterDays: 30 });
    await settle();
    expect(sent.map((e) => e.event)).toEqual(['keys:changed']);
  });

  it('keys:details answers the models and the whole history; the list carries the recent part and the streak', async () => {
    const [key] = await addKeys(1);
    for (let i = 0; i < HISTORY_SHOWN + 5; i++) await core.handlers['keys:test']({ id: key!.id });
    const [listed] = await core.handlers['keys:list'](undefined);
    expect(listed?.history).toHaveLength(HISTORY_SHOWN);
    expect(listed?.streak).toMatchObject({ working: true, count: HISTORY_SHOWN + 5 });
    expect(listed?.lastTest).not.toHaveProperty('models');
    const details = await core.handlers['keys:details']({ id: key!.id });
    expect(details.models).toEqual(STUB_MODELS);
    expect(details.history).toHaveLength(HISTORY_SHOWN + 5);
    expect(details.history.slice(-HISTORY_SHOWN)).toEqual(listed?.history);
  });
});
