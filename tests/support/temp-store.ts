/** The app's key repository in a fresh temporary directory, on conf (what electron-store wraps): the same files and writes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileRepository } from '../../src/main/vault/file-repository';
import { openConfStore } from './conf-store';
import type { KeyRepository } from '../../src/main/vault/repository';

export interface TempStore {
  dir: string;
  file: string;
  /** Opens the store as a fresh process would (nothing cached). */
  open(): KeyRepository;
  /** The store file's bytes, or '' before the first write. */
  read(): string;
  cleanup(): void;
}

export function createTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'aikm-store-'));
  const file = join(dir, 'keys.json');
  return {
    dir,
    file,
    open: () => createFileRepository(dir, openConfStore),
    read: () => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
