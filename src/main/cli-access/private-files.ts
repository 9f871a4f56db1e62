/**
 * The server's writes into the private directory: the directory itself (created 0700 if missing, never
 * loosened or repaired if present) and files readable by this user only, written atomically.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { assertPrivate } from './private-check';

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  assertPrivate(dir, 'directory');
}

/**
 * Writes a new file readable by this user only, atomically: a reader sees the old token or the new one,
 * never half of one. O_EXCL on a random name, so nothing planted in advance is written through.
 */
export async function writePrivateFile(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  await rename(temporary, path).catch(async (error: unknown) => {
    await unlink(temporary).catch(() => undefined);
    throw error;
  });
}
