/**
 * The key repository and the settings store over JSON files in one folder, without Electron: the app
 * opens them with electron-store in its data folder (electron-store-repository.ts); tests and the
 * end-to-end harness with conf, which electron-store wraps, in a temporary one — the same files,
 * the same checks, the same writes.
 */
import { join } from 'node:path';
import { type SettingsStore, createSettingsStore } from '../settings-store';
import { type ConfStore, type FileStoreOptions, openFileStore } from './json-file-store';
import { type KeyRepository, createStoreRepository } from './repository';

export const STORE_NAME = 'keys';

/**
 * Options every store file is opened with: owner-only (0600), and never replaced when it is damaged
 * (`clearInvalidConfig` would write `{}` over it; json-file-store.ts sets it aside instead).
 */
export const storeFileOptions = { configFileMode: 0o600, clearInvalidConfig: false } as const;

/** Opens electron-store or conf on `<cwd>/<name>.json` with `storeFileOptions`. */
export type OpenStoreFile = (file: { cwd: string; name: string }) => ConfStore;

export function createFileRepository(
  dir: string,
  openFile: OpenStoreFile,
  options: { read?: FileStoreOptions['read']; readRetryMs?: number[] } = {},
): KeyRepository {
  const store = openFileStore(join(dir, `${STORE_NAME}.json`), {
    label: 'key file',
    open: () => openFile({ cwd: dir, name: STORE_NAME }),
    ...(options.read ? { read: options.read } : {}),
  });
  return createStoreRepository(store, store.recovery, options.readRetryMs ? { readRetryMs: options.readRetryMs } : {});
}

/** Settings live in their own file so a damaged settings file can never take the keys with it. */
export function createFileSettingsStore(dir: string, openFile: OpenStoreFile): SettingsStore {
  // Settings can be rebuilt from defaults; a damaged file is still set aside, never overwritten.
  return createSettingsStore(openFileStore(join(dir, 'settings.json'), { label: 'settings file', open: () => openFile({ cwd: dir, name: 'settings' }) }));
}
