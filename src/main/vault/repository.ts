/**
 * Persistence for stored key records, behind a small interface so the vault does not know about files.
 * `createStoreRepository` adapts a key/value store (json-file-store.ts in the app and in tests: the
 * same file format and the same atomic writes).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { type StoredKey, storedKeySchema } from './record';
import { type ResultStore, createMemoryResultStore } from './results-book';
import { type SetAsideCopies, createSetAsideCopies } from './set-aside-copies';
import type { KeyValueStore } from '../storage/json-file-store';
import { setAsideCopy } from '../storage/store-recovery';

export interface KeyRepository {
  load(): Promise<StoredKey[]>;
  save(records: readonly StoredKey[]): Promise<void>;
  /** Test results and histories, written behind (results-book.ts says why they are apart). */
  readonly results: ResultStore;
  /** Where the records live, shown to the user in the security status. */
  readonly location: string;
  /** Set when a damaged file was set aside on opening: what happened, where the original is. */
  readonly recovery?: string | null;
  /** Small values stored beside the keys (e.g. the sealed fingerprint secret). */
  loadMeta?(name: string): Promise<unknown>;
  saveMeta?(name: string, value: unknown): Promise<void>;
  /** Damaged files set aside beside the store (they are part of it: listed, restorable, deletable). */
  readonly copies?: SetAsideCopies;
  /** The readable records of a set-aside copy, parsed like the store itself. */
  readCopy?(name: string): Promise<StoredKey[]>;
}

export const KEYS_FIELD = 'keys';

/** A file locked for a moment (antivirus, backup) is read again before the error reaches the user. */
const READ_RETRY_MS = [100, 400, 1000];

async function withReadRetry<T>(read: () => T, delays = READ_RETRY_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return read();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined)
        throw new AppError('storage_error', error instanceof Error ? error.message : 'The key file could not be read.');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Two records with one id would be deleted together: the second gets an id of its own (both are kept). */
function withUniqueIds(records: StoredKey[], newId: () => string): { records: StoredKey[]; changed: boolean } {
  const seen = new Set<string>();
  let changed = false;
  const unique = records.map((record) => {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      return record;
    }
    changed = true;
    let id = newId();
    while (seen.has(id)) id = newId();
    seen.add(id);
    return { ...record, id };
  });
  return { records: unique, changed };
}

/** Records as the store reads them: the ones that parse, each with an id of its own. */
function parseRecords(
  raw: unknown[],
  newId: () => string,
): { records: StoredKey[]; damaged: number; renumbered: boolean } {
  const good = raw.flatMap((item: unknown) => {
    const parsed = storedKeySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const unique = withUniqueIds(good, newId);
  return { records: unique.records, damaged: raw.length - good.length, renumbered: unique.changed };
}

export function createStoreRepository(
  store: KeyValueStore,
  initialRecovery: string | null = null,
  options: { readRetryMs?: number[]; newId?: () => string; results?: ResultStore } = {},
): KeyRepository {
  let recovery = initialRecovery;
  const read = <T>(work: () => T) => withReadRetry(work, options.readRetryMs);
  const newId = options.newId ?? randomUUID;
  const copies = createSetAsideCopies(store.path);
  function write(key: string, value: unknown): void {
    try {
      store.set(key, value);
    } catch (error) {
      const why = error instanceof Error && error.name === 'StoreUnreadableError' ? ` ${error.message}` : '';
      throw new AppError('storage_error', `Could not write the key store at ${store.path}.${why}`);
    }
  }
  return {
    location: store.path,
    results: options.results ?? createMemoryResultStore(),
    get recovery() {
      return recovery;
    },
    async load() {
      const raw = (await read(() => store.get(KEYS_FIELD))) ?? [];
      if (!Array.isArray(raw)) {
        recovery = setAsideCopy(store.path, 1);
        return [];
      }
      const { records, damaged, renumbered } = parseRecords(raw, newId);
      // Damaged records are never dropped silently: the whole file is copied aside first.
      if (damaged > 0) recovery = setAsideCopy(store.path, damaged);
      if (renumbered) write(KEYS_FIELD, records); // so the new id is the same after a restart
      return records;
    },
    copies,
    async readCopy(name) {
      let file: unknown;
      try {
        file = JSON.parse(copies.read(name).replace(/^\uFEFF/, ''));
      } catch (error) {
        if (error instanceof AppError) throw error;
        file = undefined;
      }
      const raw = (file as { keys?: unknown } | undefined)?.keys;
      if (!Array.isArray(raw)) {
        throw new AppError(
          'invalid_input',
          `${name} holds no readable list of keys, so nothing can be restored from it. Delete it, or repair it in a text editor first.`,
        );
      }
      return parseRecords(raw, newId).records;
    },
    async save(records) {
      write(KEYS_FIELD, records);
    },
    loadMeta: (name) => read(() => store.get(`meta_${name}`)),
    async saveMeta(name, value) {
      write(`meta_${name}`, value);
    },
  };
}
