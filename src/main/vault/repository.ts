/**
 * Persistence for stored key records, behind a small interface so the vault does not know about files.
 * `createStoreRepository` adapts any conf-style key/value store (electron-store in the app, `conf` with a
 * temporary directory in tests: the same file format and the same atomic writes).
 */
import { AppError } from '../../shared/ipc/result';
import { type StoredKey, storedKeySchema } from './record';
import { setAsideCopy } from './store-recovery';

export interface KeyRepository {
  load(): Promise<StoredKey[]>;
  save(records: readonly StoredKey[]): Promise<void>;
  /** Where the records live, shown to the user in the security status. */
  readonly location: string;
  /** Set when a damaged file was set aside on opening: what happened, where the original is. */
  readonly recovery?: string | null;
  /** Small values stored beside the keys (e.g. the sealed fingerprint secret). */
  loadMeta?(name: string): Promise<unknown>;
  saveMeta?(name: string, value: unknown): Promise<void>;
}

/** The subset of conf / electron-store used here. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export const KEYS_FIELD = 'keys';

export function createStoreRepository(store: KeyValueStore, initialRecovery: string | null = null): KeyRepository {
  let recovery = initialRecovery;
  return {
    location: store.path,
    get recovery() {
      return recovery;
    },
    async load() {
      const raw = store.get(KEYS_FIELD) ?? [];
      if (!Array.isArray(raw)) {
        recovery = setAsideCopy(store.path, 1);
        return [];
      }
      const parsed = raw.map((item: unknown) => storedKeySchema.safeParse(item));
      const good = parsed.flatMap((p) => (p.success ? [p.data] : []));
      // Damaged records are never dropped silently: the whole file is copied aside first.
      if (good.length < raw.length) recovery = setAsideCopy(store.path, raw.length - good.length);
      return good;
    },
    async save(records) {
      try {
        store.set(KEYS_FIELD, records);
      } catch {
        throw new AppError('storage_error', `Could not write the key store at ${store.path}.`);
      }
    },
    loadMeta: async (name) => store.get(`meta_${name}`),
    async saveMeta(name, value) {
      store.set(`meta_${name}`, value);
    },
  };
}
