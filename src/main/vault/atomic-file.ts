/**
 * Replaces a small file atomically: the bytes go to a temporary file beside it, are flushed to disk,
 * and the temporary file is renamed over the original. A crash at any moment leaves the old file or
 * the new one, never a torn mix.
 *
 * Our own, rather than conf/electron-store's writer, because conf writes in place whenever `SNAP` is
 * in the environment (a workaround for old snap confinement): under a snap, or with that variable
 * merely set, a crash mid-write truncated keys.json. Unsetting `SNAP` around writes would change
 * process-wide state other code may read; owning the ~30 lines of the write is smaller and holds in
 * every environment. Only `node:` imports, so the stress test's writer (a plain Node child process)
 * runs this very file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Windows refuses a rename over a file another program has open for a moment (antivirus, indexer). */
const RENAME_RETRY_MS = [10, 50, 100, 250, 500];
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const delay = RENAME_RETRY_MS[attempt];
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !BUSY.has(code) || delay === undefined) throw error;
      sleepSync(delay);
    }
  }
}

export function writeFileAtomic(file: string, data: string, mode = 0o600): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd); // on disk before the rename makes it the file, or a power cut could leave it empty
    } finally {
      closeSync(fd);
    }
    renameWithRetry(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
