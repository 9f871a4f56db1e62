/**
 * The key repository and the settings store over JSON files in one folder, without Electron: the app
 * passes its data folder (electron-store-repository.ts); tests and the end-to-end harness a temporary
 * one, so all of them read and write exactly the same way.
 */
import { join } from 'node:path';
import { type SettingsStore, createSettingsStore } from '../settings-store';
import { type FileStoreOptions, openFileStore } from './json-file-store';
import { type KeyRepository, createStoreRepository } from './repository';

export const STORE_NAME = 'keys';

export function createFileRepository(dir: string, options: { read?: FileStoreOptions['read']; readRetryMs?: number[] } = {}): KeyRepository {
  const store = openFileStore(join(dir, `${STORE_NAME}.json`), { label: 'key file', ...(options.read ? { read: options.read } : {}) });
  return createStoreRepository(store, store.recovery, options.readRetryMs ? { readRetryMs: options.readRetryMs } : {});
}

/** Settings live in their own file so a damaged settings file can never take the keys with it. */
export function createFileSettingsStore(dir: string): SettingsStore {
  // Settings can be rebuilt from defaults; a damaged file is still set aside, never overwritten.
  return createSettingsStore(openFileStore(join(dir, 'settings.json'), { label: 'settings file' }));
}
