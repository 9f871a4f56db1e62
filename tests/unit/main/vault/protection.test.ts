/** The keychain policy: where keys go when the OS store is strong, weak, or missing; unreadable keys. */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault } from '../../../../src/main/vault/vault';
import { openWithRetry } from '../../../../src/main/vault/unseal';
import { createTestCipher } from '../../../support/aes-test-cipher';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { idleKeys } from '../../../support/null-ports';

const SECRET = 'sk-proj-CANARY-protection-0123456789abcdef';
const key = (name: string) => ({ provider: 'openai' as const, model: 'gpt-5.5', name, secret: `${SECRET}-${name}` });

let store: TempStore;
beforeEach(() => {
  store = createTempStore();
});
afterEach(() => store.cleanup());

describe('without a keyring (Linux basic_text)', () => {
  it('keeps new keys in memory for this run and writes nothing', async () => {
    const cipher = createTestCipher();
    cipher.obfuscated = true;
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const before = store.read();
    expect(await vault.protection.mode()).toBe('memory');
    const added = await vault.add(key('Session-Key'));
    expect(added.storage).toBe('memory');
    expect(cipher.encryptCount).toBe(0); // the weak OS cipher was not even used
    expect(store.read()).toBe(before);
    await expect(vault.withSecret(added.id, async (s) => s)).resolves.toBe(`${SECRET}-Session-Key`);
    // A restart forgets it, as the banner says.
    expect(await createVault({ live: idleKeys, cipher, repository: store.open() }).list()).toEqual([]);
  });

  it('writes them after an explicit opt-in, which is remembered by the caller', async () => {
    const cipher = createTestCipher();
    cipher.obfuscated = true;
    let allowed = false;
    const vault = createVault({ live: idleKeys, cipher, repository: store.open(), weakAllowed: () => allowed });
    const first = await vault.add(key('Before-Opt-In'));
    allowed = true;
    expect(await vault.protection.mode()).toBe('weak');
    expect(await vault.persistSessionKeys()).toBe(1);
    await vault.add(key('After-Opt-In'));
    const reopened = createVault({ live: idleKeys, cipher, repository: store.open(), weakAllowed: () => true });
    const listed = await reopened.list();
    expect(listed.map((k) => [k.name, k.storage])).toEqual([
      ['Before-Opt-In', 'disk'],
      ['After-Opt-In', 'disk'],
    ]);
    await expect(reopened.withSecret(first.id, async (s) => s)).resolves.toBe(`${SECRET}-Before-Opt-In`);
    expect(store.read()).not.toContain('CANARY');
  });

  it('keeps a key in memory when the OS store answers with a hard-coded-key ciphertext', async () => {
    const cipher = createTestCipher();
    const base = cipher.obfuscatedOnly;
    cipher.obfuscatedOnly = (ciphertext) => ciphertext !== undefined || (base?.() ?? false);
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    expect((await vault.add(key('V10'))).storage).toBe('memory');
    expect(store.read()).toBe(''); // nothing written at all
  });
});

describe('a key this computer cannot open', () => {
  it('shows "cannot decrypt", is never deleted, and the other keys keep working', async () => {
    const vault = createVault({ live: idleKeys, cipher: createTestCipher(randomBytes(32)), repository: store.open() });
    await vault.add(key('Old-Machine'));
    // Same file, another keychain: as after copying the data folder to another computer.
    const other = createVault({ live: idleKeys, cipher: createTestCipher(randomBytes(32)), repository: store.open() });
    const fresh = await other.add(key('This-Machine'));
    expect(await other.checkReadable()).toBe(1);
    const listed = await other.list();
    expect(listed.map((k) => [k.name, k.status])).toEqual([
      ['Old-Machine', 'cannot_decrypt'],
      ['This-Machine', 'not_tested'],
    ]);
    const stuck = listed[0]!;
    await expect(other.withSecret(stuck.id, async () => 'never')).rejects.toMatchObject({
      code: 'cannot_decrypt',
      message: expect.stringContaining('Re-enter it or delete it'),
    });
    await expect(other.withSecret(fresh.id, async (s) => s)).resolves.toBe(`${SECRET}-This-Machine`);
    expect(JSON.parse(store.read()).keys).toHaveLength(2);
  });

  it('retries a keychain that is temporarily unavailable', async () => {
    const cipher = createTestCipher();
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const { id } = await vault.add(key('Busy'));
    cipher.busyDecrypts = 2;
    await expect(vault.withSecret(id, async (s) => s)).resolves.toBe(`${SECRET}-Busy`);
  });

  it('gives up on a keychain that stays busy with a clear, retryable error, not "cannot decrypt"', async () => {
    const cipher = createTestCipher();
    cipher.busyDecrypts = 5;
    await expect(openWithRetry(cipher, Buffer.alloc(40), [1, 1])).rejects.toMatchObject({
      code: 'storage_error',
      message: expect.stringContaining('busy or locked'),
    });
  });

  it('still lends the key when sealing it again fails', async () => {
    const cipher = createTestCipher();
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const { id } = await vault.add(key('Rotate'));
    cipher.rotateOnNextDecrypt = true;
    cipher.available = false;
    await expect(vault.withSecret(id, async (s) => s)).resolves.toBe(`${SECRET}-Rotate`);
  });
});

describe('re-encryption asked for by the keychain', () => {
  it('keeps a key that was on disk on disk when new keys would be memory-only', async () => {
    const cipher = createTestCipher();
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const { id } = await vault.add(key('On-Disk'));
    const before = store.read();
    // The keyring now looks like basic_text (or a damaged settings file dropped the weak opt-in)...
    cipher.obfuscated = true;
    // ...and the keychain asks for the key to be sealed again.
    cipher.rotateOnNextDecrypt = true;
    await expect(vault.withSecret(id, async (s) => s)).resolves.toBe(`${SECRET}-On-Disk`);
    expect((await vault.list())[0]?.storage).toBe('disk');
    expect(store.read()).toBe(before); // the old ciphertext stays: it still opens
    // After a restart the key is still there.
    cipher.obfuscated = false;
    await expect(
      createVault({ live: idleKeys, cipher, repository: store.open() }).withSecret(id, async (s) => s),
    ).resolves.toBe(`${SECRET}-On-Disk`);
  });
});

describe('with the OS store unavailable', () => {
  it('refuses to add with encryption_unavailable and writes nothing', async () => {
    const cipher = createTestCipher();
    cipher.available = false;
    const vault = createVault({ live: idleKeys, cipher, repository: store.open() });
    const before = store.read();
    await expect(vault.add(key('Nope'))).rejects.toMatchObject({ code: 'encryption_unavailable' });
    expect(store.read()).toBe(before);
  });
});
