/**
 * Replacing a file so that a reader, or a crash, finds the old content or the new one and never part of
 * either: the content goes to a temporary file created for this write alone (O_EXCL, readable by this user
 * only, so nothing planted under that name in advance is written through), is flushed to disk, and only
 * then does `commit` rename it over the file — or decide not to (a newer write landed first). The temporary
 * file is removed if anything fails. One place for this, used by the results snapshot and the aikm files.
 */
import { closeSync, fsyncSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';

export async function replaceFile(
  temporary: string,
  content: string | Uint8Array,
  commit: (temporary: string) => void | Promise<void>,
): Promise<void> {
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await commit(temporary);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The same, for quitting, when nothing asynchronous may run any more. */
export function replaceFileSync(
  temporary: string,
  content: string | Uint8Array,
  commit: (temporary: string) => void,
): void {
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeFileSync(fd, content); // every byte: a short write (a full disk) throws instead of renaming half a file
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    commit(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
