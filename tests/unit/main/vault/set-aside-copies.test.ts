/** Issue #12, item 16: set-aside copies are part of the store — listed, restorable, deletable. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSetAsideCopies } from '../../../../src/main/vault/set-aside-copies';
import { setAsideNameSchema } from '../../../../src/shared/set-aside';
import { type TestCipher, createTestCipher } from '../../../support/aes-test-cipher';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

const SECRET = 'sk-proj-valid-0123456789abcdef';
const LEAKED = 'sk-proj-CANARY-leaked-into-the-file-0123456789';

let store: TempStore;
let cipher: TestCipher;
beforeEach(() => {
  store = createTempStore();
  cipher = createTestCipher();
});
afterEach(() => store.cleanup());

const boot = () => createTestCore(store, { cipher });
const everything = () =>
  readdirSync(store.dir)
    .map((f) => readFileSync(join(store.dir, f), 'utf8'))
    .join('\n');

describe('set-aside copies', () => {
  it('are listed with their age, give back their readable keys, and once deleted keep nothing of what the file held', async () => {
    const { id } = await boot().vault.add({ provider: 'openai', model: 'gpt-5.5', name: 'Kept', secret: SECRET });
    // A damaged record holding plaintext that leaked into the file (an old version, a hand edit).
    const file = JSON.parse(store.read());
    file.keys.push({ id: 'not-a-uuid', name: 'Leaked', secret: LEAKED });
    writeFileSync(store.file, JSON.stringify(file));

    const core = boot();
    await core.start();
    core.stop();
    await core.handlers['keys:remove']({ id }); // the key is deleted; its copy still holds the leak
    const [copy, ...others] = await core.handlers['store:copies'](undefined);
    expect(others).toEqual([]);
    expect(copy?.name).toMatch(/^keys\.corrupt-/);
    expect(Date.now() - new Date(copy!.setAsideAt).getTime()).toBeLessThan(60_000);
    expect(everything()).toContain('CANARY');

    await expect(core.handlers['store:restore-copy']({ name: copy!.name })).resolves.toEqual({
      restored: 1,
      skipped: 0,
    });
    await expect(core.vault.withSecret(id, async (s) => s)).resolves.toBe(SECRET);
    // Restoring twice doubles nothing.
    await expect(core.handlers['store:restore-copy']({ name: copy!.name })).resolves.toEqual({
      restored: 0,
      skipped: 1,
    });

    await core.handlers['store:delete-copy']({ name: copy!.name });
    await expect(core.handlers['store:copies'](undefined)).resolves.toEqual([]);
    expect(everything()).not.toContain('CANARY');
    expect((await core.listKeys()).map((k) => k.name)).toEqual(['Kept']);
  });

  it('refuses to restore a copy that holds no readable list of keys, with a clear message, changing nothing', async () => {
    writeFileSync(store.file, '{"keys": [ torn');
    const core = boot();
    const [copy] = await core.handlers['store:copies'](undefined);
    const before = everything();
    await expect(core.handlers['store:restore-copy']({ name: copy!.name })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('nothing can be restored'),
    });
    expect(everything()).toBe(before);
  });

  it.each([
    'keys.json',
    '../keys.corrupt-2026-11-26T10-00-00-000Z.json',
    'settings.corrupt-2026-11-26T10-00-00-000Z.json',
    'keys.corrupt-x.json',
  ])('refuses to read or delete %s: only set-aside copies, only in the data folder', (name) => {
    writeFileSync(store.file, '{"keys": []}');
    expect(setAsideNameSchema.safeParse(name).success).toBe(false);
    const copies = createSetAsideCopies(store.file);
    expect(() => copies.remove(name)).toThrow(/not a set-aside copy/);
    expect(() => copies.read(name)).toThrow(/not a set-aside copy/);
    expect(existsSync(store.file)).toBe(true);
  });
});
