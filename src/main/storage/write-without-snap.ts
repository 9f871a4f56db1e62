/**
 * electron-store writes through conf, which writes atomically (a temporary file, flushed, renamed over
 * the original) — except when `SNAP` is in the environment, where it writes in place (a workaround for
 * old snap confinement). The variable is set for anything started from a snap app's terminal, and a
 * crash in the middle of an in-place write truncates keys.json. conf's writer is private, so the
 * variable is hidden for the duration of the write instead: the write is synchronous, so no other
 * JavaScript in this process can observe the change, and Chromium reads `SNAP` only at start-up.
 * No imports: the stress test's writer (a plain Node child) runs this very file.
 */
export function writeWithoutSnap<T>(write: () => T): T {
  const snap = process.env.SNAP;
  if (snap === undefined) return write();
  delete process.env.SNAP;
  try {
    return write();
  } finally {
    process.env.SNAP = snap;
  }
}
