/**
 * The vault: the only place that turns a plaintext key into a stored record and back. It validates,
 * encrypts through the Cipher, persists through the KeyRepository, and hands out summaries that carry
 * a masked hint instead of the secret.
 */
import { randomUUID } from 'node:crypto';
import { type KeySummary, nameKey } from '../../shared/keys';
import type { ProviderId } from '../../shared/providers';
import type { TestResult } from '../../shared/test-result';
import { AppError } from '../../shared/ipc/result';
import { maskSecret } from '../../shared/mask';
import type { Cipher } from './cipher';
import type { StoredKey } from './record';
import type { KeyRepository } from './repository';
import { createSerialQueue } from './serial-queue';

/** Already parsed and normalised by the contract's input schema. */
export interface NewKey {
  provider: ProviderId;
  model: string;
  name: string;
  secret: string;
}

export interface VaultOptions {
  cipher: Cipher;
  repository: KeyRepository;
  now?: () => Date;
  newId?: () => string;
}

export interface Vault {
  list(): Promise<KeySummary[]>;
  add(key: NewKey): Promise<KeySummary>;
  remove(id: string): Promise<void>;
  /** Stores a test result with the key; a key deleted meanwhile is not an error (the result is dropped). */
  recordTest(id: string, result: TestResult): Promise<void>;
  setModel(id: string, model: string): Promise<KeySummary>;
  /** Main-only: lends the plaintext to `use` (e.g. a provider test) and never returns it to a caller. */
  withSecret<T>(id: string, use: (secret: string, key: KeySummary) => Promise<T>): Promise<T>;
}

export function toSummary(record: StoredKey, testing = false): KeySummary {
  // Field by field on purpose: a spread would carry the ciphertext along.
  return {
    id: record.id,
    name: record.name,
    provider: record.provider,
    model: record.model,
    hint: record.hint,
    status: record.lastTest?.outcome ?? 'not_tested',
    testing,
    lastTest: record.lastTest ?? null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function createVault({ cipher, repository, now = () => new Date(), newId = randomUUID }: VaultOptions): Vault {
  const serial = createSerialQueue();
  let cache: StoredKey[] | undefined;

  async function records(): Promise<StoredKey[]> {
    cache ??= await repository.load();
    return cache;
  }

  async function commit(next: StoredKey[]): Promise<void> {
    await repository.save(next);
    cache = next; // only after the write succeeded, so memory never runs ahead of disk
  }

  function find(all: StoredKey[], id: string): StoredKey {
    const record = all.find((r) => r.id === id);
    if (!record) throw new AppError('not_found', 'That key no longer exists; the list has been refreshed.');
    return record;
  }

  return {
    list: () => serial(async () => (await records()).map((r) => toSummary(r))),

    add: (key) =>
      serial(async () => {
        const all = await records();
        const clash = all.find((r) => nameKey(r.name) === nameKey(key.name));
        if (clash) {
          const message = `A key named "${clash.name}" already exists. Names must be unique (ignoring case).`;
          throw new AppError('duplicate_name', message, { name: message });
        }
        if (!(await cipher.isAvailable())) {
          throw new AppError(
            'encryption_unavailable',
            'The operating system keychain is not available, so the key was not saved. See Security for how to fix it.',
          );
        }
        const ciphertext = await cipher.encrypt(key.secret);
        const at = now().toISOString();
        const record: StoredKey = {
          id: newId(),
          name: key.name,
          provider: key.provider,
          model: key.model,
          hint: maskSecret(key.secret),
          ciphertext: Buffer.from(ciphertext).toString('base64'),
          backend: cipher.backend(),
          createdAt: at,
          updatedAt: at,
        };
        await commit([...all, record]);
        return toSummary(record);
      }),

    remove: (id) =>
      serial(async () => {
        const all = await records();
        find(all, id);
        await commit(all.filter((r) => r.id !== id));
      }),

    recordTest: (id, result) =>
      serial(async () => {
        const all = await records();
        if (!all.some((r) => r.id === id)) return;
        await commit(all.map((r) => (r.id === id ? { ...r, lastTest: result } : r)));
      }),

    setModel: (id, model) =>
      serial(async () => {
        const all = await records();
        const updated = { ...find(all, id), model, updatedAt: now().toISOString() };
        await commit(all.map((r) => (r.id === id ? updated : r)));
        return toSummary(updated);
      }),

    withSecret: async (id, use) => {
      const { record, plaintext } = await serial(async () => {
        const all = await records();
        const found = find(all, id);
        const decrypted = await cipher.decrypt(Buffer.from(found.ciphertext, 'base64'));
        if (decrypted.shouldReEncrypt) {
          const fresh = Buffer.from(await cipher.encrypt(decrypted.plaintext)).toString('base64');
          const updated = { ...found, ciphertext: fresh, backend: cipher.backend() };
          await commit(all.map((r) => (r.id === id ? updated : r)));
        }
        return { record: found, plaintext: decrypted.plaintext };
      });
      // The secret is used outside the queue so a slow provider call never blocks other vault calls.
      return use(plaintext, toSummary(record));
    },
  };
}
