/**
 * The server's writes into the private directory: the directory itself (created 0700 if missing, never
 * loosened or repaired if present) and files readable by this user only, written atomically.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import { replaceFile } from '../storage/replace-file';
import { assertPrivate } from './private-check';

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  assertPrivate(dir, 'directory');
}

/**
 * Writes a new file readable by this user only, atomically: a reader sees the old token or the new one,
 * never half of one (replace-file.ts), through a temporary file of a random name.
 */
export async function writePrivateFile(path: string, data: Uint8Array | string): Promise<void> {
  await replaceFile(`${path}.${randomBytes(6).toString('hex')}.tmp`, data, (temporary) => rename(temporary, path));
}
