import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/ipc/result';
import { createVault, type NewKey } from '../../../../src/main/vault/vault';
import { type TestCipher, createTestCipher } from '../../../support/aes-test-cipher';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { idleKeys } from '../../../support/null-ports';

const SECRET = 'sk-proj-CANARY-vault-0123456789abcdefXYZ9';
const openaiKey: NewKey = { provider: 'openai', model: 'gpt-5.5', name: 'OpenAI-Production', secret: SECRET };

let store: TempStore;
let cipher: TestCipher;
const open = () => createVault({ live: idleKeys, cipher, repository: store.open() });

beforeEach(() => {
  store = createTempStore();
  cipher = createTestCipher();
});
afterEach(() => store.cleanup());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('vault', () => {
  it('adds a key and lists it with a masked hint, never the secret', async () => {
    const vault = open();
    const added = await vault.add(openaiKey);
    expect(added).toMatchObject({
      name: 'OpenAI-Production',
      provider: 'openai',
      model: 'gpt-5.5',
      status: 'not_tested',
    });
    expect(added.hint).toBe('sk-proj-…XYZ9');
    const listed = await vault.list();
    expect(listed).toEqual([added]);
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it('writes only ciphertext to the store file', async () => {
    await open().add(openaiKey);
    const file = store.read();
    expect(file).not.toContain(SECRET);
    expect(file).not.toContain('CANARY');
    const [record] = JSON.parse(file).keys;
    expect(Object.keys(record).sort()).toEqual(
      [
        'backend',
        'binding',
        'ciphertext',
        'createdAt',
        'fingerprint',
        'hint',
        'id',
        'model',
        'name',
        'provider',
        'updatedAt',
      ].sort(),
    );
    expect(record.backend).toBe('test-aes-gcm');
  });

  it('keeps keys across a re-open, and the secret decrypts to what was added', async () => {
    const { id } = await open().add(openaiKey);
    await open().add({
      ...openaiKey,
      provider: 'deepseek',
      model: 'deepseek-flash',
      name: 'DeepSeek-Main',
      secret: 'sk-0123456789abcdef0123456789abcdef',
    });
    const reopened = open();
    expect((await reopened.list()).map((k) => k.name)).toEqual(['OpenAI-Production', 'DeepSeek-Main']);
    await expect(reopened.withSecret(id, async (secret) => secret)).resolves.toBe(SECRET);
  });

  it('refuses a name already used, ignoring case and surrounding space, and writes nothing', async () => {
    const vault = open();
    await vault.add(openaiKey);
    const before = store.read();
    const error = await rejection(vault.add({ ...openaiKey, name: 'openai-production' }));
    expect(error.code).toBe('duplicate_name');
    expect(error.fields?.name).toContain('"OpenAI-Production" already exists');
    expect(store.read()).toBe(before);
    expect(await vault.list()).toHaveLength(1);
  });

  it('refuses to add when encryption is unavailable, encrypting and writing nothing', async () => {
    cipher.available = false;
    const vault = open();
    const before = store.read();
    const error = await rejection(vault.add(openaiKey));
    expect(error.code).toBe('encryption_unavailable');
    expect(error.message).toMatch(/keychain is not available/);
    expect(cipher.encryptCount).toBe(0);
    expect(store.read()).toBe(before);
    expect(await vault.list()).toEqual([]);
  });

  it('removes a key and its ciphertext for good', async () => {
    const vault = open();
    const a = await vault.add(openaiKey);
    const b = await vault.add({ ...openaiKey, name: 'Second', secret: `${SECRET}-2` });
    await vault.remove(a.id);
    expect((await open().list()).map((k) => k.id)).toEqual([b.id]);
    expect(store.read()).not.toContain(a.id);
  });

  it('answers not_found for an unknown id and changes nothing', async () => {
    const vault = open();
    await vault.add(openaiKey);
    const before = store.read();
    const error = await rejection(vault.remove('4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f'));
    expect(error.code).toBe('not_found');
    expect(store.read()).toBe(before);
  });

  it('re-encrypts a key when the secret store asks for it, keeping the same secret', async () => {
    const vault = open();
    const { id } = await vault.add(openaiKey);
    const before = JSON.parse(store.read()).keys[0].ciphertext;
    cipher.rotateOnNextDecrypt = true;
    await vault.withSecret(id, async () => undefined);
    const after = JSON.parse(store.read()).keys[0].ciphertext;
    expect(after).not.toBe(before);
    await expect(open().withSecret(id, async (secret) => secret)).resolves.toBe(SECRET);
  });

  it('serialises concurrent adds so none is lost and duplicates are still caught', async () => {
    const vault = open();
    const names = Array.from({ length: 20 }, (_, i) => `Key-${i}`);
    const results = await Promise.allSettled(
      [...names, 'key-3'].map((name, i) => vault.add({ ...openaiKey, name, secret: `${SECRET}-${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    expect((await open().list()).map((k) => k.name).sort()).toEqual([...names].sort());
  });

  it('refuses a key that is already stored, under any name, naming where it is', async () => {
    const vault = open();
    await vault.add(openaiKey);
    const before = store.read();
    const error = await rejection(vault.add({ ...openaiKey, name: 'Copy' }));
    expect(error.code).toBe('duplicate_key');
    expect(error.fields?.secret).toBe('This key is already stored as "OpenAI-Production".');
    expect(store.read()).toBe(before);
    // Fingerprints say nothing about the key without the sealed secret, and the file holds no plaintext.
    expect(store.read()).not.toContain('CANARY');
  });

  it('rotates a secret: hint, fingerprint and ciphertext change; name, model and history stay', async () => {
    const vault = open();
    const { id } = await vault.add(openaiKey);
    await vault.recordTest(id, {
      outcome: 'ok',
      message: 'm',
      hint: 'h',
      latencyMs: 5,
      testedAt: '2026-11-26T10:00:00.000Z',
      model: 'gpt-5.5',
      models: [],
    });
    const next = 'sk-proj-NEWKEY-0123456789abcdefZZ99';
    const rotated = await vault.rotate(id, next);
    expect(rotated).toMatchObject({ name: 'OpenAI-Production', model: 'gpt-5.5', hint: 'sk-proj-…ZZ99' });
    expect(rotated.history).toHaveLength(1);
    expect(rotated.rotatedAt).not.toBe(rotated.createdAt);
    await expect(open().withSecret(id, async (s) => s)).resolves.toBe(next);
    expect(await vault.findDuplicate(SECRET)).toBeNull(); // the old secret is gone
    expect(await vault.findDuplicate(next)).toBe('OpenAI-Production');
  });

  it('refuses to rotate to the same secret, and renames without clashing names', async () => {
    const vault = open();
    const { id } = await vault.add(openaiKey);
    await vault.add({ ...openaiKey, name: 'Other', secret: `${SECRET}-other` });
    expect((await rejection(vault.rotate(id, SECRET))).code).toBe('invalid_input');
    expect((await rejection(vault.rename(id, 'other'))).code).toBe('duplicate_name');
    const { key, previous } = await vault.rename(id, 'OpenAI-Prod');
    expect([key.name, previous]).toEqual(['OpenAI-Prod', 'OpenAI-Production']);
  });

  it('leaves memory unchanged when the write fails', async () => {
    const repository = store.open();
    const vault = createVault({
      live: idleKeys,
      cipher,
      repository: {
        ...repository,
        load: repository.load,
        save: async () => Promise.reject(new AppError('storage_error', 'disk full')),
      },
    });
    const error = await rejection(vault.add(openaiKey));
    expect(error.code).toBe('storage_error');
    expect(await vault.list()).toEqual([]);
  });
});
