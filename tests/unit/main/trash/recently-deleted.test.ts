/**
 * Item 4 of issue #12: the window alone cannot destroy keys. Deleting moves a key to Recently deleted
 * (still encrypted, restorable for 30 days, then purged); erasing it earlier needs main's own dialog.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfirmRequest } from '../../../../src/main/confirm';
import type { Core } from '../../../../src/main/core';
import type { KeyRepository } from '../../../../src/main/vault/repository';
import { TRASH_MS } from '../../../../src/shared/trash';
import { fakeClock } from '../../../support/fake-clock';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

const SECRETS = [
  'sk-proj-CANARY-one-0123456789abcd',
  'sk-proj-CANARY-two-0123456789efgh',
  'sk-proj-CANARY-three-0123456789ij',
];

let store: TempStore;
let core: Core;
let answer: boolean;
let asked: ConfirmRequest[];
let clock: ReturnType<typeof fakeClock>;
beforeEach(() => {
  store = createTempStore();
  answer = false;
  asked = [];
  clock = fakeClock(Date.now());
  core = build();
});
afterEach(() => {
  core.stop();
  store.cleanup();
});

function build(repository?: KeyRepository): Core {
  const confirm = async (request: ConfirmRequest) => {
    asked.push(request);
    return answer;
  };
  return createTestCore(store, { confirm, clock: clock.clock, ...(repository ? { repository } : {}) });
}
const add = (name: string, secret: string) =>
  core.handlers['keys:add']({ name, provider: 'openai', model: 'gpt-5.5', secret });
const events = async () => (await core.handlers['audit:list']({})).entries.map((e) => `${e.event} ${e.keyName}`);

describe('Recently deleted', () => {
  it('a compromised window deletes every key: all of them wait in Recently deleted, encrypted, and come back intact', async () => {
    const keys = await Promise.all(SECRETS.map((secret, i) => add(`Key-${i}`, secret)));
    for (const key of keys) await core.handlers['keys:remove']({ id: key.id });
    expect(await core.handlers['keys:list'](undefined)).toEqual([]);
    const items = await core.handlers['trash:list'](undefined);
    expect(items.map((i) => [i.kind, i.name]).sort()).toEqual([
      ['deleted', 'Key-0'],
      ['deleted', 'Key-1'],
      ['deleted', 'Key-2'],
    ]);
    expect(Date.parse(items[0]!.purgeAt) - Date.parse(items[0]!.deletedAt)).toBe(TRASH_MS);
    expect(store.read()).not.toContain('CANARY'); // kept as ciphertext only
    expect(JSON.stringify(items)).not.toContain('CANARY');

    const restored = await core.handlers['trash:restore']({ id: items.find((i) => i.name === 'Key-1')!.id });
    expect(restored).toMatchObject({
      id: keys[1]!.id,
      name: 'Key-1',
      hint: keys[1]!.hint,
      createdAt: keys[1]!.createdAt,
    });
    expect((await core.handlers['keys:list'](undefined)).map((k) => k.name)).toEqual(['Key-1']);
    expect(await core.handlers['trash:list'](undefined)).toHaveLength(2);
    // It still opens: the restored ciphertext is the original one.
    expect(await core.vault.withSecret(restored.id, async (secret) => secret)).toBe(SECRETS[1]);
    expect(await events()).toEqual(expect.arrayContaining(['deleted Key-0', 'deleted Key-1', 'restored Key-1']));
  });

  it('the window cannot erase a deleted key on its own: "Delete now" asks main\'s dialog, and "no" keeps it', async () => {
    const key = await add('Prod', SECRETS[0]!);
    await core.handlers['keys:remove']({ id: key.id });
    const [item] = await core.handlers['trash:list'](undefined);
    const before = store.read();
    expect(await core.handlers['trash:purge']({ id: item!.id })).toEqual({ purged: false });
    expect(asked[0]).toMatchObject({ confirmLabel: 'Delete now', message: expect.stringContaining('"Prod"') });
    expect(JSON.stringify(asked)).not.toContain('CANARY');
    expect(store.read()).toBe(before);
    answer = true;
    expect(await core.handlers['trash:purge']({ id: item!.id })).toEqual({ purged: true });
    expect(await core.handlers['trash:list'](undefined)).toEqual([]);
    expect(await events()).toContain('purged Prod');
    await expect(core.handlers['trash:restore']({ id: item!.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('restoring a key whose name is now taken says so clearly and changes nothing; another name works', async () => {
    const key = await add('Prod', SECRETS[0]!);
    await core.handlers['keys:remove']({ id: key.id });
    await add('prod', SECRETS[1]!);
    const [item] = await core.handlers['trash:list'](undefined);
    const before = store.read();
    await expect(core.handlers['trash:restore']({ id: item!.id })).rejects.toMatchObject({
      code: 'duplicate_name',
      message: 'A key named "Prod" already exists, so this key was not restored. Restore it under another name.',
      fields: { name: expect.any(String) },
    });
    expect(store.read()).toBe(before);
    const restored = await core.handlers['trash:restore']({ id: item!.id, name: 'Prod-Old' });
    expect(restored).toMatchObject({ id: key.id, name: 'Prod-Old' });
  });

  it('a restored key whose secret is stored again meanwhile is refused as a duplicate', async () => {
    const key = await add('Prod', SECRETS[0]!);
    await core.handlers['keys:remove']({ id: key.id });
    await add('Again', SECRETS[0]!);
    const [item] = await core.handlers['trash:list'](undefined);
    await expect(core.handlers['trash:restore']({ id: item!.id })).rejects.toMatchObject({ code: 'duplicate_key' });
  });

  it('is purged after 30 days, by itself (hourly) and the audit log says so; until then it is restorable', async () => {
    const key = await add('Prod', SECRETS[0]!);
    await core.handlers['keys:remove']({ id: key.id });
    await core.start();
    clock.jump(TRASH_MS - 60_000);
    expect(await core.handlers['trash:list'](undefined)).toHaveLength(1);
    clock.advance(60 * 60_000); // the app keeps running; nobody opens the page
    await vi.waitFor(async () => expect(await events()).toContain('purged Prod'));
    expect(store.read()).not.toContain(key.id);
  });

  it('a failed write of Recently deleted deletes nothing', async () => {
    const repository = store.open();
    core = build({
      ...repository,
      location: repository.location,
      load: repository.load,
      save: repository.save,
      saveMeta: async (name, value) =>
        name === 'trash' ? Promise.reject(new Error('disk full')) : repository.saveMeta?.(name, value),
    });
    const key = await add('Prod', SECRETS[0]!);
    await expect(core.handlers['keys:remove']({ id: key.id })).rejects.toMatchObject({ code: 'storage_error' });
    expect((await core.handlers['keys:list'](undefined)).map((k) => k.id)).toEqual([key.id]);
  });

  it('a failed write of the key file after the copy was kept leaves the key, and no second copy', async () => {
    const repository = store.open();
    let failSave = false;
    const save: KeyRepository['save'] = (records) =>
      failSave ? Promise.reject(new Error('disk full')) : repository.save(records);
    core = build({ ...repository, location: repository.location, save });
    const key = await add('Prod', SECRETS[0]!);
    failSave = true;
    await expect(core.handlers['keys:remove']({ id: key.id })).rejects.toBeTruthy();
    expect((await core.handlers['keys:list'](undefined)).map((k) => k.id)).toEqual([key.id]);
    expect(await core.handlers['trash:list'](undefined)).toEqual([]);
  });

  it('a delete cut short by a crash (key in both places) is settled at start: the stored key wins', async () => {
    const key = await add('Prod', SECRETS[0]!);
    const record = (JSON.parse(store.read()) as { keys: unknown[] }).keys[0];
    await store.open().saveMeta?.('trash', [
      {
        id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f',
        kind: 'deleted',
        deletedAt: new Date(clock.clock.now() - 1000).toISOString(),
        record,
      },
    ]);
    core = build();
    await core.start();
    expect(await core.handlers['trash:list'](undefined)).toEqual([]);
    expect((await core.handlers['keys:list'](undefined)).map((k) => k.id)).toEqual([key.id]);
  });
});
