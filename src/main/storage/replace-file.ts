/**
 * Replacing a file so that a reader, or a crash, finds the old content or the new one and never part of
 * either: the content goes to a temporary file created for this write alone (O_EXCL, readable by this user
 * only, so nothing planted under that name in advance is written through), is flushed to disk, and only
 * then does `commit` rename it over the file — or decide not to (a newer write landed first). The temporary
 * file is removed if anything fails. One place for this, used by the results snapshot and the aikm files.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';

/** A file of its own (O_EXCL), this user's alone, every byte written and flushed to disk before it is closed. */
const NEW_AND_FLUSHED = { flag: 'wx', mode: 0o600, flush: true } as const;

export async function replaceFile(
  temporary: string,
  content: string | Uint8Array,
  commit: (temporary: string) => void | Promise<void>,
): Promise<void> {
  try {
    await writeFile(temporary, content, NEW_AND_FLUSHED);
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
    writeFileSync(temporary, content, NEW_AND_FLUSHED); // a short write (a full disk) throws: no half file is renamed
    commit(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
