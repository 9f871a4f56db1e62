/**
 * A damaged key file must never stop the app or be silently replaced (electron-store's
 * `clearInvalidConfig` would write `{}` over it). The file is set aside unchanged, next to the original,
 * as `<name>.corrupt-<timestamp>.json`, and the user is told where it is.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';

export function backupPath(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${file.replace(/\.json$/, '')}.corrupt-${stamp}.json`;
}

export function recoveryMessage(backup: string, what: string): string {
  return `${what} The original file was kept, unchanged, at ${backup}. Keys in it that could not be read need to be added again.`;
}

/** Opens a store; if the file is not valid JSON, moves it aside and opens a fresh one. */
export function openRecovering<T>(open: () => T, file: string, now = new Date()): { store: T; recovery: string | null } {
  try {
    return { store: open(), recovery: null };
  } catch (error) {
    if (!existsSync(file)) throw error;
    const backup = backupPath(file, now);
    renameSync(file, backup);
    return { store: open(), recovery: recoveryMessage(backup, 'The key file was damaged and could not be read, so the app started with an empty one.') };
  }
}

/** Keeps a copy of a file whose JSON is fine but whose records are not; the readable ones stay in use. */
export function setAsideCopy(file: string, skipped: number, now = new Date()): string {
  const backup = backupPath(file, now);
  copyFileSync(file, backup);
  return recoveryMessage(backup, `${skipped} stored ${skipped === 1 ? 'key was' : 'keys were'} damaged and could not be read; the others work.`);
}
