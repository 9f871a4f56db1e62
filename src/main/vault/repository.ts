/**
 * Persistence for stored key records, behind a small interface so the vault does not know about files.
 * `createStoreRepository` adapts any conf-style key/value store (electron-store in the app, `conf` with a
 * temporary directory in tests: the same file format and the same atomic writes).
 */
import { AppError } from '../../shared/ipc/result';
import { type StoredKey, storedKeysSchema } from './record';

export interface KeyRepository {
  load(): Promise<StoredKey[]>;
  save(records: readonly StoredKey[]): Promise<void>;
  /** Where the records live, shown to the user in the security status. */
  readonly location: string;
}

/** The subset of conf / electron-store used here. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export const KEYS_FIELD = 'keys';

export function createStoreRepository(store: KeyValueStore): KeyRepository {
  return {
    location: store.path,
    async load() {
      const raw = store.get(KEYS_FIELD) ?? [];
      const parsed = storedKeysSchema.safeParse(raw);
      if (!parsed.success) {
        // Never "repair" by dropping records: that would silently lose keys.
        throw new AppError('storage_error', `The key store at ${store.path} is damaged and was left untouched.`);
      }
      return parsed.data;
    },
    async save(records) {
      try {
        store.set(KEYS_FIELD, records);
      } catch {
        throw new AppError('storage_error', `Could not write the key store at ${store.path}.`);
      }
    },
  };
}

/** Keeps records in memory only; used when nothing may be written to disk. */
export function createMemoryRepository(initial: StoredKey[] = []): KeyRepository {
  let records = [...initial];
  return {
    location: '(memory only)',
    async load() {
      return [...records];
    },
    async save(next) {
      records = [...next];
    },
  };
}
