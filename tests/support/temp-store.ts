/** The app's key repository in a fresh temporary directory, on conf (what electron-store wraps): the same files and writes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS_FILE, createFileRepository } from '../../src/main/vault/file-repository';
import { openConfStore } from './conf-store';
import type { KeyRepository } from '../../src/main/vault/repository';

export interface TempStore {
  dir: string;
  file: string;
  /** Opens the store as a fresh process would (nothing cached). */
  open(): KeyRepository;
  /** The store file's bytes, or '' before the first write. */
  read(): string;
  /** The test results file's bytes (written behind: flush or stop the core first), or ''. */
  readResults(): string;
  cleanup(): void;
}

export function createTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'aikm-store-'));
  const file = join(dir, 'keys.json');
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
    readResults: () => readOr(join(dir, RESULTS_FILE)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
