/**
 * A JSON file of entries by id (test results), written behind: `put` changes memory at once and the
 * file at most every `delayMs`, whatever the number of puts in between. A crash loses at most the puts
 * of that last fraction of a second; the file itself is always whole, because every write goes to a
 * temporary file that is flushed to disk (fsync) and then renamed over the original.
 *
 * Why not electron-store for this: conf's `set` reads, parses, deep-copies, serializes and fsyncs the
 * whole file synchronously, on the event loop that answers every click. Here each entry is serialized
 * once when it changes (the file is the entries' cached JSON joined), and the write and fsync run off
 * the event loop. Only `flushSync` (quitting) writes synchronously.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { setAside } from './store-recovery';

export interface WriteBehindFile {
  readonly path: string;
  /** Set when a damaged file was set aside on opening, or when it could not be read (then it is never written). */
  readonly problem: string | null;
  /** The entries the file held when it was opened. */
  initial(): ReadonlyMap<string, unknown>;
  /** Changes one entry (undefined removes it); written within `delayMs`. The value must not change afterwards. */
  put(id: string, value: unknown): void;
  /** Writes what is pending now; resolves once it is on disk (rejects if the write failed). */
  flush(): Promise<void>;
  /** Writes what is pending before returning: for quitting, when nothing asynchronous may run any more. */
  flushSync(): void;
}

export interface WriteBehindOptions {
  /** Shown to the user, e.g. "test results file". */
  label: string;
  /** At most one write per this many milliseconds while puts keep coming. */
  delayMs?: number;
  /** A write that fails is reported here; the next put or flush tries again (not a timer: no retry loop). */
  onError?: (error: unknown) => void;
  /** Told after each write lands (tests count them). */
  onWritten?: (bytes: number) => void;
}

export const WRITE_BEHIND_MS = 250;

function readEntries(file: string, label: string): { entries: Map<string, unknown>; problem: string | null } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { entries: new Map(), problem: null };
    // Locked or not ours: what it holds may be fine, so it is neither moved nor written over this run.
    throw new Error(`The ${label} ${file} could not be read (${code ?? 'unknown error'}); it will not be written.`, {
      cause: error,
    });
  }
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { entries?: unknown };
    const entries = parsed.entries;
    if (typeof entries === 'object' && entries !== null && !Array.isArray(entries))
      return { entries: new Map(Object.entries(entries)), problem: null };
  } catch {
    /* damaged: set aside below */
  }
  const what = `The ${label} was damaged and could not be read, so the app started with an empty one.`;
  return { entries: new Map(), problem: setAside(file, what) };
}

export function openWriteBehindFile(file: string, options: WriteBehindOptions): WriteBehindFile {
  const { label, delayMs = WRITE_BEHIND_MS, onError = () => {}, onWritten = () => {} } = options;
  let opened: ReturnType<typeof readEntries>;
  let writable = true;
  try {
    opened = readEntries(file, label);
  } catch (error) {
    opened = { entries: new Map(), problem: (error as Error).message };
    writable = false;
  }
  const { entries, problem } = opened;
  const initial: ReadonlyMap<string, unknown> = new Map(entries);
  /** Each entry's JSON (`"id":value`), made when it is first written after a change. */
  const fragments = new Map<string, string>();
  const changed = new Set<string>(entries.keys());
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let failed = false;
  /** Writes are numbered; an older write that finishes after a newer one (a flushSync) is thrown away. */
  let started = 0;
  let landed = 0;

  function text(): string {
    for (const id of changed) {
      const value = entries.get(id);
      if (value === undefined) fragments.delete(id);
      else fragments.set(id, `${JSON.stringify(id)}:${JSON.stringify(value)}`);
    }
    changed.clear();
    dirty = false;
    return `{"version":1,"entries":{${[...fragments.values()].join(',')}}}`;
  }

  const temporary = (n: number) => `${file}.${process.pid}-${n}.tmp`;

  async function writeNow(): Promise<void> {
    const n = ++started;
    const tmp = temporary(n);
    const content = text();
    try {
      const handle = await open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(content);
        await handle.datasync(); // on disk before it replaces the file: a crash leaves the old or the new one
      } finally {
        await handle.close();
      }
      // Synchronous, so no flushSync can land between the check and the rename.
      if (n > landed) {
        renameSync(tmp, file);
        landed = n;
        onWritten(content.length);
      } else await rm(tmp, { force: true });
      failed = false;
    } catch (error) {
      dirty = true; // nothing is lost from memory: the next write carries it
      failed = true;
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  function schedule(): void {
    if (timer || writing || !dirty || !writable) return;
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
    const next = previous.then(
      () => (dirty ? writeNow() : undefined),
      () => (dirty ? writeNow() : undefined),
    );
    const tracked = next.finally(() => {
      if (writing === tracked) writing = undefined;
      if (!failed) schedule(); // puts made during the write
    });
    writing = tracked;
    return tracked;
  }

  return {
    path: file,
    problem,
    initial: () => initial,
    put(id, value) {
      if (value === undefined) entries.delete(id);
      else entries.set(id, value);
      changed.add(id);
      dirty = true;
      failed = false;
      schedule();
    },
    flush,
    flushSync() {
      clearTimeout(timer);
      timer = undefined;
      // A write still under way when quitting may never finish: this one carries everything anyway.
      if (!writable || (!dirty && started === landed)) return;
      const n = ++started;
      const tmp = temporary(n);
      const content = text();
      try {
        const fd = openSync(tmp, 'w', 0o600);
        try {
          writeSync(fd, content);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, file);
        landed = n;
        onWritten(content.length);
      } catch (error) {
        dirty = true;
        rmSync(tmp, { force: true });
        throw error;
      }
    },
  };
}
