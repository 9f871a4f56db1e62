/** Faults of the key file itself: locked at start, unreadable for good, records sharing an id. */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileRepository } from '../../../../src/main/vault/file-repository';
import { createVault } from '../../../../src/main/vault/vault';
import { createTestCipher } from '../../../support/aes-test-cipher';
import { openConfStore } from '../../../support/conf-store';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { idleKeys } from '../../../support/null-ports';

const SECRET = 'sk-proj-CANARY-faults-0123456789abcdef';
const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });

let store: TempStore;
beforeEach(() => {
  store = createTempStore();
});
afterEach(() => store.cleanup());

describe('a key file that cannot be read', () => {
  it('is read again when an antivirus locked it for a moment at start (EBUSY, then readable)', async () => {
    const cipher = createTestCipher();
    const { id } = await createVault({ live: idleKeys, cipher, repository: store.open() }).add({
      provider: 'openai',
      model: 'gpt-5.5',
      name: 'Locked-Once',
      secret: SECRET,
    });
    let locks = 2;
    const read = (file: string) => {
      if (locks-- > 0) throw busy();
      return readFileSync(file, 'utf8');
    };
    const vault = createVault({
      live: idleKeys,
      cipher,
      repository: createFileRepository(store.dir, openConfStore, { read, readRetryMs: [1, 1, 1] }),
    });
    expect((await vault.list()).map((k) => k.id)).toEqual([id]);
  });

  it('refuses to add a key while it stays unreadable, naming the file, and writes nothing', async () => {
    writeFileSync(store.file, JSON.stringify({ keys: [] }));
    const before = store.read();
    const read = () => {
      throw busy();
    };
    const vault = createVault({
      live: idleKeys,
      cipher: createTestCipher(),
      repository: createFileRepository(store.dir, openConfStore, { read, readRetryMs: [1, 1] }),
    });
    await expect(vault.list()).rejects.toMatchObject({
      code: 'storage_error',
      message: expect.stringContaining(store.file),
    });
    await expect(
      vault.add({ provider: 'openai', model: 'gpt-5.5', name: 'Refused', secret: SECRET }),
    ).rejects.toMatchObject({
      code: 'storage_error',
      message: expect.stringMatching(/could not be read \(EBUSY\).*will not write over it/),
    });
    expect(store.read()).toBe(before);
  });
});

describe('records that share an id', () => {
  it('keeps both, giving the second a new id on load, so deleting one keeps the other', async () => {
    const cipher = createTestCipher();
    const first = await createVault({ live: idleKeys, cipher, repository: store.open() }).add({
      provider: 'openai',
      model: 'gpt-5.5',
      name: 'Original',
      secret: SECRET,
    });
    const file = JSON.parse(store.read());
    file.keys.push({ ...file.keys[0], name: 'Copy-With-Same-Id' });
    writeFileSync(store.file, JSON.stringify(file));

    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const listed = await vault.list();
    expect(listed.map((k) => k.name)).toEqual(['Original', 'Copy-With-Same-Id']);
    expect(listed[0]!.id).toBe(first.id);
    expect(listed[1]!.id).not.toBe(first.id);
    // The new id is on disk, so it stays the same after a restart.
    expect((await createVault({ live: idleKeys, cipher, repository: store.open() }).list()).map((k) => k.id)).toEqual(
      listed.map((k) => k.id),
    );

    await vault.remove(first.id);
    expect((await createVault({ live: idleKeys, cipher, repository: store.open() }).list()).map((k) => k.name)).toEqual(
      ['Copy-With-Same-Id'],
    );
  });
});
