/**
 * Entries by id (test results), written behind: `put` changes memory at once and the disk at most every
 * `delayMs`, whatever the number of puts in between. A crash loses at most the puts of that last fraction
 * of a second; what was written is always readable.
 *
 * On disk: a snapshot and a journal of the changes since (journal-files.ts). A write appends the batch's
 * lines to the journal and fsyncs it — a test result costs one line (the result and the models it listed),
 * not a rewrite of every key's history (4 MB for 1,000 keys, up to four times a second during a "test all").
 * Once the journal outgrows both the snapshot and `compactAtBytes`, the snapshot is written again from memory
 * (replace-file.ts) and the journal emptied: each byte is written about twice, whatever the number of keys.
 *
 * Why not electron-store for this: conf's `set` reads, parses, deep-copies, serializes and fsyncs the
 * whole file synchronously, on the event loop that answers every click. Here the writes and fsyncs run
 * off the event loop; only `flushSync` (quitting) writes synchronously.
 */
import { appendFileSync, renameSync, rmSync, truncateSync } from 'node:fs';
import { appendFile, truncate } from 'node:fs/promises';
import {
  type ApplyChange,
  type JournalChange,
  entryFragment,
  journalLine,
  journalPathOf,
  openWriteBehindFiles,
  snapshotText,
} from './journal-files';
import { replaceFile, replaceFileSync } from './replace-file';

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

export function openWriteBehindFile(file: string, options: WriteBehindOptions): WriteBehindFile {
  const { label, delayMs = WRITE_BEHIND_MS, compactAtBytes = COMPACT_AT_BYTES } = options;
  const { applyChange, onError = () => {}, onWritten = () => {} } = options;
  const journal = journalPathOf(file);
  const opened = openWriteBehindFiles(file, label, applyChange);
  const { entries, problem, writable } = opened;
  const initial: ReadonlyMap<string, unknown> = new Map(entries);
  let seq = opened.seq;
  /** Each entry's JSON, made when a snapshot is written after the entry changed. */
  const fragments = new Map<string, string>();
  const changedSinceSnapshot = new Set<string>(entries.keys());
  let snapshotBytes = opened.snapshotBytes;
  let journalBytes = opened.journalBytes;
  /** Lines not yet in the journal. A damaged or old-format snapshot is replaced by the first write. */
  let pending: string[] = [];
  let pendingBytes = 0;
  let snapshotDue = opened.snapshotDue;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let failed = false;
  /** Snapshots are numbered; an older one that finishes after a newer one (a flushSync) is thrown away. */
  let started = 0;
  let landed = 0;

  /** Appends to the journal, counted as they start: a snapshot empties the journal only if none came meanwhile. */
  let journalWrites = 0;

  const dirty = () => pending.length > 0 || snapshotDue;
  const temporary = (n: number) => `${file}.${process.pid}-${n}.tmp`;

  /** Everything in memory as a snapshot, numbered: an older one that lands after a newer one is thrown away. */
  function takeSnapshot(): { text: string; n: number; journalWritesBefore: number } {
    for (const id of changedSinceSnapshot) {
      const value = entries.get(id);
      if (value === undefined) fragments.delete(id);
      else fragments.set(id, entryFragment(id, value));
    }
    changedSinceSnapshot.clear();
    snapshotDue = false;
    const text = snapshotText(seq, fragments.values());
    snapshotBytes = text.length;
    return { text, n: ++started, journalWritesBefore: journalWrites };
  }

  function takeBatch(): string {
    const batch = pending.join('');
    pending = [];
    pendingBytes = 0;
    return batch;
  }

  /** A batch that did not reach the journal (or may not have whole): sent again, its lines count once. */
  function putBack(batch: string): void {
    if (batch === '') return;
    pending.unshift(batch);
    pendingBytes += batch.length;
  }

  const wantsSnapshot = () => snapshotDue || journalBytes + pendingBytes > Math.max(compactAtBytes, snapshotBytes);

  /** Every line in the journal is in the snapshot now (and would be skipped by its number). */
  function emptiedJournal(journalWritesBefore: number): boolean {
    return journalWrites === journalWritesBefore; // else lines after the snapshot's are in it too: kept
  }

  /** The snapshot replaces the file unless a newer one (a flushSync) landed first (synchronous: none lands between). */
  const commitSnapshot = (n: number, bytes: number) => (tmp: string) => {
    if (n <= landed) return rmSync(tmp, { force: true });
    renameSync(tmp, file);
    landed = n;
    onWritten(bytes, true);
  };

  async function writeSnapshot(): Promise<void> {
    const { text, n, journalWritesBefore } = takeSnapshot();
    await replaceFile(temporary(n), text, commitSnapshot(n, text.length)).catch((error: unknown) => {
      snapshotDue = true;
      throw error;
    });
    if (!emptiedJournal(journalWritesBefore)) return;
    await truncate(journal, 0).then(
      () => (journalBytes = 0),
      () => undefined, // left as it is: its lines are skipped, and the next snapshot tries again
    );
  }

  async function appendBatch(batch: string): Promise<void> {
    journalWrites += 1;
    await appendFile(journal, batch, { mode: 0o600, flush: true }); // on disk before the flush resolves
    journalBytes += batch.length;
    onWritten(batch.length, false);
  }

  /**
   * A snapshot when the journal has outgrown it, else the batch appended. A snapshot that fails (a full disk
   * has room for a few lines, not 4 MB) leaves the batch to the journal, so results keep reaching the disk.
   */
  async function writeNow(): Promise<void> {
    const snapshot = wantsSnapshot();
    const batch = takeBatch();
    try {
      if (snapshot) {
        try {
          return await writeSnapshot();
        } catch (error) {
          if (batch === '') throw error;
          onError(error);
        }
      }
      await appendBatch(batch);
    } catch (error) {
      putBack(batch);
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
    const write = () => {
      failed = false;
      return dirty() ? writeNow() : undefined;
    };
    const tracked = previous.then(write, write).finally(() => {
      if (writing === tracked) writing = undefined;
      if (!failed) schedule(); // puts made during the write
    });
    writing = tracked;
    return tracked;
  }

  function writeSnapshotSync(): void {
    const { text, n, journalWritesBefore } = takeSnapshot();
    try {
      replaceFileSync(temporary(n), text, commitSnapshot(n, text.length));
    } catch (error) {
      snapshotDue = true;
      throw error;
    }
    if (!emptiedJournal(journalWritesBefore)) return;
    try {
      truncateSync(journal, 0); // a line landing after this (a write under way) is skipped by its number
      journalBytes = 0;
    } catch {
      /* left as it is: replay skips every line in it */
    }
  }

  /**
   * Quitting. A write under way could land after this one, so then — or when the journal has outgrown the
   * snapshot — a whole snapshot; else, or if the snapshot fails, what is pending is appended to the journal.
   */
  function flushSync(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!writable || (!dirty() && !writing)) return;
    if (writing || wantsSnapshot()) {
      try {
        writeSnapshotSync();
        takeBatch(); // all in the snapshot
        return;
      } catch (error) {
        if (pending.length === 0) throw error;
        onError(error);
      }
    }
    const batch = takeBatch();
    journalWrites += 1;
    try {
      appendFileSync(journal, batch, { mode: 0o600, flush: true });
      journalBytes += batch.length;
    } catch (error) {
      putBack(batch);
      throw error;
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
