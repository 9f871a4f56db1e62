/**
 * The key repository over a JSON file in a folder, without Electron: the app opens it with
 * electron-store in its data folder (electron-store-repository.ts); tests and the end-to-end harness
 * with conf, which electron-store wraps, in a temporary one — the same file, the same checks, the
 * same writes.
 */
import { join } from 'node:path';
import { type FileStoreOptions, type OpenStoreFile, openFileStore } from '../storage/json-file-store';
import { openWriteBehindFile } from '../storage/write-behind-file';
import { type KeyRepository, createStoreRepository } from './repository';
import { applyResultChange } from './results-book';

export const STORE_NAME = 'keys';
/** Test results and histories beside the keys, in files of their own: this snapshot and its journal (results-book.ts says why). */
export const RESULTS_FILE = 'test-results.json';

export function createFileRepository(
  dir: string,
  openFile: OpenStoreFile,
  options: { read?: FileStoreOptions['read']; readRetryMs?: number[]; compactResultsAtBytes?: number } = {},
): KeyRepository {
  const store = openFileStore(join(dir, `${STORE_NAME}.json`), {
    label: 'key file',
    open: () => openFile({ cwd: dir, name: STORE_NAME }),
    ...(options.read ? { read: options.read } : {}),
  });
  const results = openWriteBehindFile(join(dir, RESULTS_FILE), {
    label: 'test results file',
    applyChange: applyResultChange,
    ...(options.compactResultsAtBytes !== undefined ? { compactAtBytes: options.compactResultsAtBytes } : {}),
  });
  return createStoreRepository(store, store.recovery, {
    results,
    ...(options.readRetryMs ? { readRetryMs: options.readRetryMs } : {}),
  });
}
