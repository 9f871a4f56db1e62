/**
 * Issue #16: test results live in files of their own (test-results.json and its journal), written behind. Key records
 * stay in keys.json, written before the call returns; results follow their key to Recently deleted and
 * back; results an earlier version kept in keys.json are taken over; memory-only keys leave no trace.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAuditLog } from '../../../../src/main/audit/audit-log';
import { composeApp } from '../../../../src/main/compose';
import { createMemorySettingsStore } from '../../../../src/main/settings-store';
import type { Core } from '../../../../src/main/core';
import { type TestCipher, createTestCipher } from '../../../support/aes-test-cipher';
import { nullPorts } from '../../../support/null-ports';
import { STUB_MODELS, stubRegistry } from '../../../support/stub-registry';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let store: TempStore;
let cipher: TestCipher;
let core: Core;
const open = () => createTestCore(store, { registry: stubRegistry(), cipher, confirm: async () => true });
beforeEach(() => {
  store = createTempStore();
  cipher = createTestCipher();
  core = open();
});
afterEach(() => {
  core.stop();
  store.cleanup();
});

const add = (name: string) =>
  core.handlers['keys:add']({ provider: 'openai', model: '', name, secret: `sk-results-${name}-0123456789` });
const results = () => ({ entries: store.resultEntries() });

describe('test results', () => {
  it('are written to their own file, never into keys.json, and survive a restart', async () => {
    const key = await add('Prod');
    const keysBefore = store.read();
    const tested = await core.handlers['keys:test']({ id: key.id });
    expect(store.read()).toBe(keysBefore); // a result does not rewrite the keys
    await core.flushResults();
    expect(results().entries[key.id]).toMatchObject({ lastTest: { outcome: 'ok', models: STUB_MODELS } });
    core.stop();
    core = open();
    const [reloaded] = await core.handlers['keys:list'](undefined);
    expect(reloaded?.lastTest).toEqual(tested.lastTest);
    expect(reloaded?.history).toEqual(tested.history);
  });

  /** The whole app on the store (as quitting stops it), with one key added and tested. */
  async function appWithTestedKey(ports: Partial<Parameters<typeof composeApp>[0]> = {}) {
    const app = composeApp({
      ...nullPorts(),
      cipher,
      repository: store.open(),
      settings: createMemorySettingsStore({ testAfterAdd: false }),
      registry: stubRegistry(),
      ...ports,
    });
    const key = await app.core.handlers['keys:add']({
      provider: 'openai',
      model: '',
      name: 'Q',
      secret: 'sk-quit-0123456789',
    });
    await app.core.handlers['keys:test']({ id: key.id });
    return { app, key };
  }

  it('are on disk once the app has stopped, however recent (quitting flushes them)', async () => {
    const { app, key } = await appWithTestedKey();
    app.stop();
    expect(results().entries[key.id]).toMatchObject({ lastTest: { outcome: 'ok' } });
  });

  it('and so are their audit lines, once stopping has finished', async () => {
    const auditFile = `${store.dir}/audit.jsonl`;
    // Lines that would not go out by themselves for a minute.
    const { app } = await appWithTestedKey({ audit: createFileAuditLog(auditFile, undefined, { batchMs: 60_000 }) });
    await app.stop();
    const lines = readFileSync(auditFile, 'utf8');
    expect(lines).toContain('"event":"added"');
    expect(lines).toContain('"event":"tested"');
  });

  it('results kept in keys.json by an earlier version are taken over, and leave keys.json with its next write', async () => {
    const key = await add('Legacy');
    await core.handlers['keys:test']({ id: key.id });
    await core.flushResults();
    const legacy = results().entries[key.id] as object;
    core.stop();
    // The files as an earlier version left them: the result inside the record, no results file.
    const file = JSON.parse(store.read()) as { keys: Array<Record<string, unknown>> };
    Object.assign(file.keys[0]!, legacy);
    writeFileSync(store.file, JSON.stringify(file));
    writeFileSync(`${store.dir}/test-results.json`, '{"entries":{}}');
    rmSync(`${store.dir}/test-results.journal`, { force: true });
    core = open();
    const [reloaded] = await core.handlers['keys:list'](undefined);
    expect(reloaded?.lastTest?.outcome).toBe('ok');
    expect(results().entries[key.id]).toEqual(legacy); // in its own file before keys.json drops it
    await core.handlers['keys:rename']({ id: key.id, name: 'Legacy-2' });
    expect(store.read()).not.toContain('lastTest');
    expect(store.read()).not.toContain('history');
  });

  it('follow a deleted key to Recently deleted and come back with it', async () => {
    const key = await add('Deleted');
    const tested = await core.handlers['keys:test']({ id: key.id });
    await core.handlers['keys:remove']({ id: key.id });
    await core.flushResults();
    expect(results().entries[key.id]).toBeUndefined();
    const [item] = await core.handlers['trash:list'](undefined);
    const restored = await core.handlers['trash:restore']({ id: item!.id });
    expect(restored.lastTest).toEqual(tested.lastTest);
    expect(restored.history).toEqual(tested.history);
    await core.flushResults();
    expect(results().entries[key.id]).toMatchObject({ lastTest: { outcome: 'ok' } });
  });

  it('of a memory-only key (no keyring) are never written, like the key itself', async () => {
    cipher.obfuscated = true;
    const key = await add('Memory');
    expect(key.storage).toBe('memory');
    await core.handlers['keys:test']({ id: key.id });
    await core.flushResults();
    core.stop();
    expect(store.readResults()).not.toContain(key.id);
    expect(store.read()).not.toContain(key.id);
  });
});

describe('test results read back', () => {
  it('equal what memory held, even for a key whose stored entry could not be read', async () => {
    const key = await add('Unreadable');
    core.stop();
    // An entry that fails the schema (an outcome a newer version wrote): the key starts without history.
    writeFileSync(
      `${store.dir}/test-results.json`,
      JSON.stringify({
        version: 2,
        seq: 0,
        entries: { [key.id]: { history: [{ outcome: 'future', latencyMs: 1, testedAt: '2026-01-01T00:00:00.000Z' }] } },
      }),
    );
    rmSync(`${store.dir}/test-results.journal`, { force: true });
    core = open();
    const tested = await core.handlers['keys:test']({ id: key.id });
    core.stop();
    core = open();
    const [reloaded] = await core.handlers['keys:list'](undefined);
    expect(reloaded?.lastTest).toEqual(tested.lastTest);
    expect(reloaded?.history).toEqual(tested.history);
  });
});
