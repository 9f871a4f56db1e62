/**
 * Entries by id (test results), written behind: `put` changes memory at once and the disk at most every
 * `delayMs`, whatever the number of puts in between. A crash loses at most the puts of that last fraction
 * of a second; what was written is always readable.
 *
 * On disk: a snapshot and a journal of the changes since (journal-format.ts). A write appends the batch's
 * lines to the journal and fsyncs it — a test result costs a line of a few hundred bytes, not a rewrite of
 * every key's history (4 MB for 1,000 keys, up to four times a second during a "test all"). Once the
 * journal outgrows the snapshot, the snapshot is written again from memory (temporary file, fsync, rename)
 * and the journal emptied: each byte is written about twice, whatever the number of keys.
 *
 * Why not electron-store for this: conf's `set` reads, parses, deep-copies, serializes and fsyncs the
 * whole file synchronously, on the event loop that answers every click. Here the writes and fsyncs run
 * off the event loop; only `flushSync` (quitting) writes synchronously.
 */
import { appendFileSync, closeSync, fsyncSync, openSync, renameSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { open, rm, truncate } from 'node:fs/promises';
import {
  type ApplyChange,
  type JournalChange,
  entryFragment,
  journalLine,
  journalPathOf,
  readWriteBehindFiles,
  snapshotText,
} from './journal-files';
import { setAside } from './store-recovery';

export interface WriteBehindFile {
  readonly path: string;
  /** Set when a damaged file was set aside on opening, or when it could not be read (then it is never written). */
  readonly problem: string | null;
  /** The entries the files held when they were opened. */
  initial(): ReadonlyMap<string, unknown>;
  /**
   * Sets one entry (undefined removes it); on disk within `delayMs`. `change`, when given, is what the journal
   * records instead of the whole value: `applyChange(previous, change)` must make `value` again on reading.
   * Neither may be changed afterwards.
   */
  put(id: string, value: unknown, change?: unknown): void;
  /** Writes what is pending now; resolves once it is on disk (rejects if the write failed). */
  flush(): Promise<void>;
  /** Writes what is pending before returning: for quitting, when nothing asynchronous may run any more. */
  flushSync(): void;
}

export interface WriteBehindOptions {
  /** Shown to the user, e.g. "test results file". */
  label: string;
  /** Replays a `change` given to `put`. */
  applyChange?: ApplyChange;
  /** At most one write per this many milliseconds while puts keep coming. */
  delayMs?: number;
  /** The journal is folded into the snapshot once it is larger than the snapshot and than this. */
  compactAtBytes?: number;
  /** A write that fails is reported here; the next put or flush tries again (not a timer: no retry loop). */
  onError?: (error: unknown) => void;
  /** Told after each write lands, with its bytes and whether it replaced the snapshot (tests count them). */
  onWritten?: (bytes: number, snapshot: boolean) => void;
}

export const WRITE_BEHIND_MS = 250;
const COMPACT_AT_BYTES = 1024 * 1024;

function openFiles(file: string, label: string, applyChange?: ApplyChange) {
  try {
    const read = readWriteBehindFiles(file, applyChange);
    const what = `The ${label} was damaged and could not be read; the app kept what its journal holds.`;
    return { ...read, problem: read.damaged ? setAside(file, what) : null, writable: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    // Locked or not ours: what it holds may be fine, so it is neither moved nor written over this run.
    const problem = `The ${label} ${file} could not be read (${code}); it will not be written.`;
    const entries = new Map<string, unknown>();
    return { entries, seq: 0, damaged: false, snapshotBytes: 0, journalBytes: 0, problem, writable: false };
  }
}

export function openWriteBehindFile(file: string, options: WriteBehindOptions): WriteBehindFile {
  const { label, delayMs = WRITE_BEHIND_MS, compactAtBytes = COMPACT_AT_BYTES } = options;
  const { applyChange, onError = () => {}, onWritten = () => {} } = options;
  const journal = journalPathOf(file);
  const opened = openFiles(file, label, applyChange);
  const { entries, problem, writable } = opened;
  const initial: ReadonlyMap<string, unknown> = new Map(entries);
  let seq = opened.seq;
  /** Each entry's JSON, made when a snapshot is written after the entry changed. */
  const fragments = new Map<string, string>();
  const changedSinceSnapshot = new Set<string>(entries.keys());
  let snapshotBytes = opened.snapshotBytes;
  let journalBytes = opened.journalBytes;
  /** Lines not yet in the journal. A damaged snapshot is replaced by the first write. */
  let pending: string[] = [];
  let pendingBytes = 0;
  let snapshotDue = opened.damaged;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let failed = false;
  /** Snapshots are numbered; an older one that finishes after a newer one (a flushSync) is thrown away. */
  let started = 0;
  let landed = 0;

  const dirty = () => pending.length > 0 || snapshotDue;
  const temporary = (n: number) => `${file}.${process.pid}-${n}.tmp`;

  /** Everything in memory as a snapshot; what was pending is in it, so it is no longer pending. */
  function takeSnapshot(): { text: string; n: number } {
    for (const id of changedSinceSnapshot) {
      const value = entries.get(id);
      if (value === undefined) fragments.delete(id);
      else fragments.set(id, entryFragment(id, value));
    }
    changedSinceSnapshot.clear();
    pending = [];
    pendingBytes = 0;
    snapshotDue = false;
    const text = snapshotText(seq, fragments.values());
    snapshotBytes = text.length;
    return { text, n: ++started };
  }

  function takeBatch(): string {
    const batch = pending.join('');
    pending = [];
    pendingBytes = 0;
    return batch;
  }

  const wantsSnapshot = () => snapshotDue || journalBytes + pendingBytes > Math.max(compactAtBytes, snapshotBytes);

  async function writeSnapshot(): Promise<void> {
    const { text, n } = takeSnapshot();
    const tmp = temporary(n);
    try {
      const handle = await open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(text);
        await handle.datasync(); // on disk before it replaces the file: a crash leaves the old or the new one
      } finally {
        await handle.close();
      }
      // Synchronous, so no flushSync can land between the check and the rename.
      if (n > landed) {
        renameSync(tmp, file);
        landed = n;
        onWritten(text.length, true);
      } else await rm(tmp, { force: true });
    } catch (error) {
      snapshotDue = true; // it took every pending line with it: the next write is a snapshot too
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
    // Every line in the journal is now in the snapshot (and would be skipped by its number): emptying it
    // can fail or race a quit without losing anything.
    await truncate(journal, 0).catch(() => undefined);
    journalBytes = 0;
  }

  async function appendBatch(): Promise<void> {
    const batch = takeBatch();
    try {
      const handle = await open(journal, 'a', 0o600);
      try {
        await handle.writeFile(batch);
        await handle.datasync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      // Part of the batch may be in the journal: sent again, its lines count once (they are numbered).
      pending.unshift(batch);
      pendingBytes += batch.length;
      throw error;
    }
    journalBytes += batch.length;
    onWritten(batch.length, false);
  }

  async function writeNow(): Promise<void> {
    try {
      await (wantsSnapshot() ? writeSnapshot() : appendBatch());
      failed = false;
    } catch (error) {
      failed = true; // nothing is lost from memory: the next write carries it
      throw error;
    }
  }

  function schedule(): void {
    if (timer || writing || !dirty() || !writable) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush().catch(onError);
    }, delayMs);
    timer.unref?.(); // a pending write never keeps a process alive; quitting flushes it
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (!writable) return Promise.resolve();
    // One write at a time; puts made meanwhile go in the next one.
    const previous = writing ?? Promise.resolve();
    const write = () => (dirty() ? writeNow() : undefined);
    const tracked = previous.then(write, write).finally(() => {
      if (writing === tracked) writing = undefined;
      if (!failed) schedule(); // puts made during the write
    });
    writing = tracked;
    return tracked;
  }

  /** Quitting: appends what is pending, or — when a write is under way and could land after it — a whole snapshot. */
  function flushSync(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!writable || (!dirty() && !writing)) return;
    if (!writing && !wantsSnapshot()) {
      const batch = takeBatch();
      try {
        appendFileSync(journal, batch, { mode: 0o600, flush: true });
      } catch (error) {
        pending.unshift(batch);
        throw error;
      }
      return;
    }
    const { text, n } = takeSnapshot();
    const tmp = temporary(n);
    try {
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
      landed = n;
      onWritten(text.length, true);
    } catch (error) {
      snapshotDue = true;
      rmSync(tmp, { force: true });
      throw error;
    }
    try {
      truncateSync(journal, 0); // its lines are all in the snapshot; one landing after this is skipped by its number
      journalBytes = 0;
    } catch {
      /* left as it is: replay skips every line in it */
    }
  }

  return {
    path: file,
    problem,
    initial: () => initial,
    put(id, value, change) {
      if (value === undefined) entries.delete(id);
      else entries.set(id, value);
      changedSinceSnapshot.add(id);
      const what: JournalChange =
        value === undefined ? { removed: true } : change === undefined ? { value } : { change };
      const line = journalLine(++seq, id, what);
      pending.push(line);
      pendingBytes += line.length;
      failed = false;
      schedule();
    },
    flush,
    flushSync,
  };
}
