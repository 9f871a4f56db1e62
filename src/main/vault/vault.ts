/**
 * The vault: the only place that turns a plaintext key into a stored record and back. It validates,
 * seals the key through the protection policy (OS keychain, or memory only), persists through the
 * KeyRepository, and hands out summaries that carry a masked hint instead of the secret.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { maskSecret } from '../../shared/mask';
import { createFingerprinter } from './fingerprint';
import { createProtection } from './protection';
import type { StoredKey } from './record';
import { createRecordChecks, wouldLeaveDisk } from './record-checks';
import { createRecordIndex } from './record-index';
import { restoredRecords } from './restore';
import { createResultsBook } from './results-book';
import { createSerialQueue } from './serial-queue';
import { toSummary } from './summary';
import { assertNameFree, assertNotStored } from './uniqueness';
import type { Vault, VaultOptions } from './vault-api';

export type { NewKey, Vault, VaultOptions } from './vault-api';

export function createVault({
  cipher,
  repository,
  weakAllowed,
  live,
  now = () => new Date(),
  newId = randomUUID,
}: VaultOptions): Vault {
  const serial = createSerialQueue();
  const protection = createProtection(cipher, weakAllowed);
  const fingerprints = createFingerprinter(protection, repository);
  const fingerprint = (secret: string) => fingerprints.of(secret);
  const checks = createRecordChecks(protection, fingerprints);
  const book = createResultsBook(repository.results);
  let cache: StoredKey[] | undefined;

  async function records(): Promise<StoredKey[]> {
    if (cache) return cache;
    const { records: loaded, adopted } = book.adopt(await repository.load());
    // Results an earlier version kept in the key file reach their own file before the key file drops them.
    if (adopted > 0) await repository.results.flush().catch(() => undefined);
    cache = loaded;
    return cache;
  }

  const onDisk = (list: readonly StoredKey[]) => list.filter((r) => !r.sessionOnly);
  async function commit(next: StoredKey[]): Promise<void> {
    const written = onDisk(next);
    const before = cache && onDisk(cache);
    // A change to memory-only keys alone touches no file (records are immutable: same object, same record).
    if (!before || before.length !== written.length || written.some((r, i) => r !== before[i]))
      await repository.save(written);
    cache = next; // only after the write succeeded, so memory never runs ahead of disk
  }

  const lookup = createRecordIndex();
  function find(all: StoredKey[], id: string): StoredKey {
    const record = lookup(all, id);
    if (!record) throw new AppError('not_found', 'That key no longer exists; the list has been refreshed.');
    return record;
  }

  const summary = (r: StoredKey) => toSummary(r, book.get(r.id), checks.blocked(r.id), live, now());
  /** Changes settings of a key that neither its secret nor its destination depend on. */
  const patch = (id: string, fields: Pick<Partial<StoredKey>, 'model' | 'spendCheck'>) =>
    serial(async () => {
      const all = await records();
      const updated = { ...find(all, id), ...fields, updatedAt: now().toISOString() };
      await commit(all.map((r) => (r.id === id ? updated : r)));
      return summary(updated);
    });

  /**
   * The one place a rotation's new secret is refused: the secret already stored in this key, or one
   * stored under another key. Answers the new secret's fingerprint.
   */
  async function assertNewSecret(all: StoredKey[], found: StoredKey, secret: string): Promise<string> {
    const print = await fingerprint(secret);
    if (found.fingerprint === print || (await open(found).catch(() => null))?.plaintext === secret) {
      const same = 'That is the key already stored; paste the new one.';
      throw new AppError('invalid_input', same, { secret: same });
    }
    assertNotStored(all, print, found.id);
    return print;
  }

  const open = (record: StoredKey) => checks.open(record);
  const reseal = async (record: StoredKey, plaintext: string): Promise<StoredKey> => ({
    ...record,
    ...(await checks.seal(record, plaintext)),
  });

  /** The record, checked; a first binding (legacy record to its provider's own API) is written. */
  async function trusted(all: StoredKey[], record: StoredKey): Promise<StoredKey> {
    const checked = await checks.trust(record);
    if (checked !== record) await commit(all.map((r) => (r.id === record.id ? checked : r)));
    return checked;
  }

  return {
    protection,
    list: (ids) =>
      serial(async () => {
        const all = await records();
        // Through the index: announcing one test result must not cost a pass over every key.
        return (ids ? ids.flatMap((id) => lookup(all, id) ?? []) : all).map(summary);
      }),
    get: (id) =>
      serial(async () => {
        const record = lookup(await records(), id);
        return record ? summary(record) : null;
      }),
    details: (id) => serial(async () => book.details(find(await records(), id).id)),

    add: (key) =>
      serial(async () => {
        const all = await records();
        assertNameFree(all, key.name);
        const print = await fingerprint(key.secret);
        assertNotStored(all, print);
        const endpoint = key.endpoint ? { endpoint: { name: key.endpoint.name, baseUrl: key.endpoint.baseUrl } } : {};
        const { sessionOnly, ...sealed } = await checks.seal({ provider: key.provider, ...endpoint }, key.secret);
        const at = now().toISOString();
        const record: StoredKey = {
          id: newId(),
          name: key.name,
          provider: key.provider,
          model: key.model,
          hint: maskSecret(key.secret),
          ...sealed,
          createdAt: at,
          updatedAt: at,
          fingerprint: print,
          ...endpoint,
          ...(sessionOnly ? { sessionOnly: true } : {}),
        };
        await commit([...all, record]);
        return summary(record);
      }),

    insert: (record) =>
      serial(async () => {
        const all = await records();
        assertNameFree(all, record.name);
        if (record.fingerprint) assertNotStored(all, record.fingerprint);
        const [bare = record] = book.adopt([record]).records; // its results come back with it
        await commit([...all, bare]);
        return summary(bare);
      }),
    remove: (id, keep = async () => {}) =>
      serial(async () => {
        const all = await records();
        const found = find(all, id);
        await keep(book.merged(found)); // Recently deleted keeps the key with its results
        checks.forget(id);
        await commit(all.filter((r) => r.id !== id));
        book.forget(found);
      }),

    recordTest: (id, result, version) =>
      serial(async () => {
        const all = await records();
        const record = lookup(all, id);
        if (!record || record.model !== result.model) return null;
        if (version !== undefined && version !== (record.rotatedAt ?? record.createdAt)) return null;
        // The key file is not touched: results are written behind, coalesced (results-book.ts).
        return { previous: book.record(record, result).lastTest?.outcome };
      }),

    setModel: (id, model) => patch(id, { model }),
    setSpendCheck: (id, spendCheck) => patch(id, { spendCheck }),

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
        const found = await checks.trust(find(all, id)); // a new secret must not follow a forged destination
        const print = await assertNewSecret(all, found, secret);
        const sealed = await checks.seal(found, secret);
        if (wouldLeaveDisk(found, sealed)) {
          throw new AppError(
            'encryption_unavailable',
            'No keyring answered, so the new key could not be saved; the old one is kept.',
          );
        }
        const at = now().toISOString();
        const updated: StoredKey = {
          ...found,
          hint: maskSecret(secret),
          ...sealed,
          fingerprint: print,
          rotatedAt: at,
          updatedAt: at,
        };
        await keep?.(book.merged(found));
        checks.forget(id);
        await commit(all.map((r) => (r.id === id ? updated : r)));
        book.dropLastTest(updated); // the old secret's result no longer describes this key
        return summary(updated);
      }),

    findDuplicate: async (secret, exceptId) => {
      const print = await fingerprint(secret);
      return (await records()).find((r) => r.id !== exceptId && r.fingerprint === print)?.name ?? null;
    },

    withSecret: async (id, use) => {
      const { record, plaintext } = await serial(async () => {
        const all = await records();
        const found = await trusted(all, find(all, id));
        const opened = await open(found);
        if (opened.shouldReEncrypt) {
          // Best effort: the key is usable now even if sealing it again fails.
          try {
            const fresh = await reseal(found, opened.plaintext);
            // Re-encryption never changes where a key lives: the old ciphertext still opens, so keep it.
            if (!wouldLeaveDisk(found, fresh)) await commit((await records()).map((r) => (r.id === id ? fresh : r)));
          } catch {
            /* keep the old ciphertext; it still opens */
          }
        }
        return { record: found, plaintext: opened.plaintext };
      });
      // The secret is used outside the queue so a slow provider call never blocks other vault calls.
      return use(plaintext, summary(record));
    },

    assertTrusted: (id) =>
      serial(async () => {
        const all = await records();
        await trusted(all, find(all, id));
      }),

    checkRotation: (id, secret) =>
      serial(async () => {
        const all = await records();
        await assertNewSecret(all, await trusted(all, find(all, id)), secret);
      }),

    // Also binds records written before bindings existed, and refreshes fingerprints made before
    // duplicate detection existed, or with a lost secret. A record changed outside the app is not opened.
    checkReadable: () =>
      serial(async () => {
        const all = await records();
        let changed = false;
        const next: StoredKey[] = [];
        for (const record of all) {
          const checked = await checks.trust(record).catch(() => null);
          const opened = checked && (await open(checked).catch(() => null));
          if (!checked || !opened) {
            next.push(record);
            continue;
          }
          const current = await fingerprints.isCurrent(checked.fingerprint);
          next.push(current ? checked : { ...checked, fingerprint: await fingerprint(opened.plaintext) });
          changed ||= !current || checked !== record;
        }
        if (changed) await commit(next);
        return checks.count();
      }),

    persistSessionKeys: () =>
      serial(async () => {
        const all = await records();
        const next: StoredKey[] = [];
        const moved: StoredKey[] = [];
        for (const record of all) {
          if (!record.sessionOnly) {
            next.push(record);
            continue;
          }
          const fresh = await reseal(record, (await open(record)).plaintext);
          if (!fresh.sessionOnly) moved.push(fresh);
          next.push(fresh);
        }
        await commit(next);
        for (const record of moved) book.persist(record);
        return moved.length;
      }),

    restore: (candidates) =>
      serial(async () => {
        const all = await records();
        const taken = book.adopt(restoredRecords(all, candidates)).records;
        if (taken.length > 0) await commit([...all, ...taken]);
        return { restored: taken.length, skipped: candidates.length - taken.length };
      }),
  };
}
