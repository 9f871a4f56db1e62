/** The app's key repository in a fresh temporary directory, on conf (what electron-store wraps): the same files and writes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalPathOf, readWriteBehindFiles } from '../../src/main/storage/journal-files';
import { RESULTS_FILE, createFileRepository } from '../../src/main/vault/file-repository';
import { applyResultChange } from '../../src/main/vault/results-book';
import { openConfStore } from './conf-store';
import type { KeyRepository } from '../../src/main/vault/repository';

export interface TempStore {
  dir: string;
  file: string;
  /** Opens the store as a fresh process would (nothing cached). */
  open(): KeyRepository;
  /** The store file's bytes, or '' before the first write. */
  read(): string;
  /** The test results files' bytes, snapshot and journal (written behind: flush or stop the core first), or ''. */
  readResults(): string;
  /** The test results as the app reads them from both files (written behind: flush or stop the core first). */
  resultEntries(): Record<string, unknown>;
  cleanup(): void;
}

export function createTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'aikm-store-'));
  const file = join(dir, 'keys.json');
  const results = join(dir, RESULTS_FILE);
  const readOr = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    dir,
    file,
    open: () => createFileRepository(dir, openConfStore),
    read: () => readOr(file),
    readResults: () => readOr(results) + readOr(journalPathOf(results)),
    resultEntries: () => Object.fromEntries(readWriteBehindFiles(results, applyResultChange).entries),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
