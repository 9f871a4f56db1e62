/**
 * A damaged key file must never stop the app or be silently replaced. A file that was read and is
 * not a JSON object is set aside unchanged, next to the original, as `<name>.corrupt-<timestamp>.json`,
 * and the user is told where it is. A file that could not be read at all (locked, no permission) is
 * not damaged: it is left alone (json-file-store.ts).
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';

export const SET_ASIDE_INFIX = '.corrupt-';

/** A fresh name: two set-asides in the same millisecond must not overwrite each other. */
export function backupPath(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const base = `${file.replace(/\.json$/, '')}${SET_ASIDE_INFIX}${stamp}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (!existsSync(candidate)) return candidate;
  }
}

export function recoveryMessage(backup: string, what: string): string {
  return `${what} The original file was kept, unchanged, at ${backup}. Keys in it that could not be read need to be added again.`;
}

/** Moves a file that cannot be used aside; answers the message for the user. */
export function setAside(file: string, what: string, now = new Date()): string {
  const backup = backupPath(file, now);
  renameSync(file, backup);
  return recoveryMessage(backup, what);
}

/** Keeps a copy of a file whose JSON is fine but whose records are not; the readable ones stay in use. */
export function setAsideCopy(file: string, skipped: number, now = new Date()): string {
  const backup = backupPath(file, now);
  copyFileSync(file, backup);
  return recoveryMessage(
    backup,
    `${skipped} stored ${skipped === 1 ? 'key was' : 'keys were'} damaged and could not be read; the others work.`,
  );
}
