/**
 * The vault: the only place that turns a plaintext key into a stored record and back. It validates,
 * seals the key through the protection policy (OS keychain, or memory only), persists through the
 * KeyRepository, and hands out summaries that carry a masked hint instead of the secret.
 */
import { randomUUID } from 'node:crypto';
import { type KeySummary, nameKey } from '../../shared/keys';
import type { ProviderId } from '../../shared/providers';
import { appendHistory } from '../../shared/history';
import type { Outcome, TestResult } from '../../shared/test-result';
import { AppError } from '../../shared/ipc/result';
import { maskSecret } from '../../shared/mask';
import type { Cipher } from './cipher';
import { createFingerprinter } from './fingerprint';
import { type Protection, createProtection } from './protection';
import type { StoredKey } from './record';
import type { KeyRepository } from './repository';
import { createSerialQueue } from './serial-queue';
import { toSummary } from './summary';
import { openWithRetry } from './unseal';

/** Already parsed and normalised by the contract's input schema. */
export interface NewKey {
  provider: ProviderId;
  model: string;
  name: string;
  secret: string;
  endpoint?: { name: string; baseUrl: string };
}

export interface VaultOptions {
  cipher: Cipher;
  repository: KeyRepository;
  /** The user chose to store keys with Linux's weak obfuscation when there is no keyring. */
  weakAllowed?: () => boolean;
  now?: () => Date;
  newId?: () => string;
}

export interface Vault {
  readonly protection: Protection;
  list(): Promise<KeySummary[]>;
  /** One key's summary, without mapping all of them (test-all asks once per key). */
  get(id: string): Promise<KeySummary | null>;
  add(key: NewKey): Promise<KeySummary>;
  insert(record: StoredKey): Promise<KeySummary>; // a record back from Recently deleted: names and keys stay unique
  /** `keep` receives the record (still encrypted) before its removal is written; if it fails, nothing is removed. */
  remove(id: string, keep?: (record: StoredKey) => Promise<void>): Promise<void>;
  /**
   * Stores a test result with the key and in its history; answers the previous outcome (undefined for
   * a first test). A result no longer applies — answers null — if the key was deleted, its model
   * changed, or its secret was rotated (`version`: the key's rotatedAt when the test started).
   */
  recordTest(id: string, result: TestResult, version?: string): Promise<{ previous: Outcome | undefined } | null>;
  setModel(id: string, model: string): Promise<KeySummary>;
  rename(id: string, name: string): Promise<{ key: KeySummary; previous: string }>;
  /** Replaces the secret; name, model and history stay; the old record goes to `keep` first, as in remove. */
  rotate(id: string, secret: string, keep?: (previous: StoredKey) => Promise<void>): Promise<KeySummary>;
  /** The name of the stored key this secret already belongs to, if any (compared by fingerprint). */
  findDuplicate(secret: string, exceptId?: string): Promise<string | null>;
  /** Main-only: lends the plaintext to `use` (e.g. a provider test) and never returns it to a caller. */
  withSecret<T>(id: string, use: (secret: string, key: KeySummary) => Promise<T>): Promise<T>;
  /** Tries to open every stored key once, so unreadable ones show as such; answers how many are. */
  checkReadable(): Promise<number>;
  /** After an opt-in to weak storage: seals this run's memory-only keys again and writes them. */
  persistSessionKeys(): Promise<number>;
}

export function createVault({ cipher, repository, weakAllowed, now = () => new Date(), newId = randomUUID }: VaultOptions): Vault {
  const serial = createSerialQueue();
  const protection = createProtection(cipher, weakAllowed);
  const unreadable = new Set<string>();
  const fingerprints = createFingerprinter(protection, repository);
  const fingerprint = (secret: string) => fingerprints.of(secret);
  let cache: StoredKey[] | undefined;

  async function records(): Promise<StoredKey[]> {
    cache ??= await repository.load();
    return cache;
  }

  async function commit(next: StoredKey[]): Promise<void> {
    await repository.save(next.filter((r) => !r.sessionOnly));
    cache = next; // only after the write succeeded, so memory never runs ahead of disk
  }

  function find(all: StoredKey[], id: string): StoredKey {
    const record = all.find((r) => r.id === id);
    if (!record) throw new AppError('not_found', 'That key no longer exists; the list has been refreshed.');
    return record;
  }

  const summary = (r: StoredKey) => toSummary(r, unreadable.has(r.id));

  function assertNameFree(all: StoredKey[], name: string, exceptId?: string): void {
    const clash = all.find((r) => r.id !== exceptId && nameKey(r.name) === nameKey(name));
    if (!clash) return;
    const message = `A key named "${clash.name}" already exists. Names must be unique (ignoring case).`;
    throw new AppError('duplicate_name', message, { name: message });
  }

  async function assertNotStored(all: StoredKey[], print: string, exceptId?: string): Promise<void> {
    const twin = all.find((r) => r.id !== exceptId && r.fingerprint === print);
    if (!twin) return;
    const message = `This key is already stored as "${twin.name}".`;
    throw new AppError('duplicate_key', message, { secret: message });
  }

  /** Opens a record; a failure marks it unreadable (shown as such) instead of breaking the others. */
  async function open(record: StoredKey) {
    try {
      const opened = await openWithRetry(protection.cipherFor(record.backend), Buffer.from(record.ciphertext, 'base64'));
      unreadable.delete(record.id);
      return opened;
    } catch (error) {
      if (error instanceof AppError && error.code !== 'cannot_decrypt') throw error;
      unreadable.add(record.id);
      throw new AppError('cannot_decrypt', `"${record.name}" cannot be decrypted on this computer (the keychain changed, or the file came from elsewhere). Re-enter it or delete it.`);
    }
  }

  async function reseal(record: StoredKey, plaintext: string): Promise<StoredKey> {
    const sealed = await protection.seal(plaintext);
    return { ...record, ciphertext: Buffer.from(sealed.ciphertext).toString('base64'), backend: sealed.backend, sessionOnly: sealed.sessionOnly || undefined };
  }

  return {
    protection,
    list: () => serial(async () => (await records()).map(summary)),
    get: (id) =>
      serial(async () => {
        const record = (await records()).find((r) => r.id === id);
        return record ? summary(record) : null;
      }),

    add: (key) =>
      serial(async () => {
        const all = await records();
        assertNameFree(all, key.name);
        const print = await fingerprint(key.secret);
        await assertNotStored(all, print);
        const sealed = await protection.seal(key.secret);
        const at = now().toISOString();
        const record: StoredKey = {
          id: newId(),
          name: key.name,
          provider: key.provider,
          model: key.model,
          hint: maskSecret(key.secret),
          ciphertext: Buffer.from(sealed.ciphertext).toString('base64'),
          backend: sealed.backend,
          createdAt: at,
          updatedAt: at,
          fingerprint: print,
          ...(key.endpoint ? { endpoint: { name: key.endpoint.name, baseUrl: key.endpoint.baseUrl } } : {}),
          ...(sealed.sessionOnly ? { sessionOnly: true } : {}),
        };
        await commit([...all, record]);
        return summary(record);
      }),

    insert: (record) =>
      serial(async () => {
        const all = await records();
        assertNameFree(all, record.name);
        if (record.fingerprint) await assertNotStored(all, record.fingerprint);
        await commit([...all, record]);
        return summary(record);
      }),
    remove: (id, keep = async () => {}) =>
      serial(async () => {
        const all = await records();
        await keep(find(all, id));
        unreadable.delete(id);
        await commit(all.filter((r) => r.id !== id));
      }),

    recordTest: (id, result, version) =>
      serial(async () => {
        const all = await records();
        const record = all.find((r) => r.id === id);
        if (!record || record.model !== result.model) return null;
        if (version !== undefined && version !== (record.rotatedAt ?? record.createdAt)) return null;
        const updated = { ...record, lastTest: result, history: appendHistory(record.history, result) };
        await commit(all.map((r) => (r.id === id ? updated : r)));
        return { previous: record.lastTest?.outcome };
      }),

    setModel: (id, model) =>
      serial(async () => {
        const all = await records();
        const updated = { ...find(all, id), model, updatedAt: now().toISOString() };
        await commit(all.map((r) => (r.id === id ? updated : r)));
        return summary(updated);
      }),

    rename: (id, name) =>
      serial(async () => {
        const all = await records();
        const found = find(all, id);
        assertNameFree(all, name, id);
        const updated = { ...found, name, updatedAt: now().toISOString() };
        await commit(all.map((r) => (r.id === id ? updated : r)));
        return { key: summary(updated), previous: found.name };
      }),

    rotate: (id, secret, keep) =>
      serial(async () => {
        const all = await records();
        const found = find(all, id);
        const print = await fingerprint(secret);
        if (found.fingerprint === print || (await open(found).catch(() => null))?.plaintext === secret) {
          throw new AppError('invalid_input', 'That is the key already stored; paste the new one.', { secret: 'That is the key already stored; paste the new one.' });
        }
        await assertNotStored(all, print, id);
        const sealed = await protection.seal(secret);
        // A key kept on disk must not silently become a memory-only one (it would vanish on restart).
        if (sealed.sessionOnly && !found.sessionOnly) {
          throw new AppError('encryption_unavailable', 'No keyring answered, so the new key could not be saved; the old one is kept.');
        }
        const at = now().toISOString();
        const { lastTest: _stale, ...kept } = found; // the old secret's result no longer describes this key
        const updated: StoredKey = {
          ...kept,
          hint: maskSecret(secret),
          ciphertext: Buffer.from(sealed.ciphertext).toString('base64'),
          backend: sealed.backend,
          fingerprint: print,
          rotatedAt: at,
          updatedAt: at,
          sessionOnly: sealed.sessionOnly || undefined,
        };
        await keep?.(found);
        unreadable.delete(id);
        await commit(all.map((r) => (r.id === id ? updated : r)));
        return summary(updated);
      }),

    findDuplicate: async (secret, exceptId) => {
      const print = await fingerprint(secret);
      return (await records()).find((r) => r.id !== exceptId && r.fingerprint === print)?.name ?? null;
    },

    withSecret: async (id, use) => {
      const { record, plaintext } = await serial(async () => {
        const all = await records();
        const found = find(all, id);
        const opened = await open(found);
        if (opened.shouldReEncrypt) {
          // Best effort: the key is usable now even if sealing it again fails.
          try {
            const fresh = await reseal(found, opened.plaintext);
            await commit(all.map((r) => (r.id === id ? fresh : r)));
          } catch {
            /* keep the old ciphertext; it still opens */
          }
        }
        return { record: found, plaintext: opened.plaintext };
      });
      // The secret is used outside the queue so a slow provider call never blocks other vault calls.
      return use(plaintext, summary(record));
    },

    // Also refreshes fingerprints made before duplicate detection existed, or with a lost secret.
    checkReadable: () =>
      serial(async () => {
        const all = await records();
        let changed = false;
        const next: StoredKey[] = [];
        for (const record of all) {
          const opened = await open(record).catch(() => null);
          if (opened && !(await fingerprints.isCurrent(record.fingerprint))) {
            next.push({ ...record, fingerprint: await fingerprint(opened.plaintext) });
            changed = true;
          } else next.push(record);
        }
        if (changed) await commit(next);
        return unreadable.size;
      }),

    persistSessionKeys: () =>
      serial(async () => {
        const all = await records();
        const next: StoredKey[] = [];
        let moved = 0;
        for (const record of all) {
          if (!record.sessionOnly) {
            next.push(record);
            continue;
          }
          const fresh = await reseal(record, (await open(record)).plaintext);
          if (!fresh.sessionOnly) moved += 1;
          next.push(fresh);
        }
        await commit(next);
        return moved;
      }),
  };
}
