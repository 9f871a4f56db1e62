/**
 * The two files of a write-behind store (write-behind-file.ts): their text, and reading them.
 *
 * - The snapshot, `{"version":2,"seq":S,"entries":{…}}`, holds every entry as of change number S. It is
 *   replaced whole (temporary file, fsync, rename), so it is always whole.
 * - The journal holds the changes made since, one JSON line each: `{"s":seq,"i":id,"v":value}` sets an entry,
 *   `{"s":seq,"i":id,"c":change}` applies a change to it (a test result: the result alone, instead of the
 *   key's whole history), `{"s":seq,"i":id}` removes it. Every batch begins with a newline,
 *   so the torn last line a crash can leave ends there and never spoils the next batch's first line.
 *
 * Replay applies the lines in the order of their numbers, each number once, only those above the snapshot's:
 * a line already in the snapshot (a crash after a compaction, before the journal was emptied) or written twice
 * (a batch sent again after a failed write) counts once, and two batches that landed out of order (a quit
 * while a write was under way) are put back in order.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setAside } from './store-recovery';

/** Makes the entry a change leads to. It gets what the files hold, so it must expect anything. */
export type ApplyChange = (previous: unknown, change: unknown) => unknown;
const noChanges: ApplyChange = (previous) => previous;

export interface Snapshot {
  /** Null in a snapshot written before the journal existed (or by such a version after a downgrade). */
  seq: number | null;
  entries: Map<string, unknown>;
}

/** The snapshot's entries, or null when the text is not a snapshot (damaged). Version 1 had no number. */
export function parseSnapshot(text: string): Snapshot | null {
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { entries?: unknown; seq?: unknown };
    const { entries, seq } = parsed;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
    return {
      seq: typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : null,
      entries: new Map(Object.entries(entries)),
    };
  } catch {
    return null;
  }
}

/** The snapshot's text from each entry's JSON (`"id":value`), which the store caches between snapshots. */
export function snapshotText(seq: number, fragments: Iterable<string>): string {
  return `{"version":2,"seq":${seq},"entries":{${[...fragments].join(',')}}}`;
}

export const entryFragment = (id: string, value: unknown) => `${JSON.stringify(id)}:${JSON.stringify(value)}`;

export type JournalChange = { value: unknown } | { change: unknown } | { removed: true };

/** One journal line, newline first (see above). */
export function journalLine(seq: number, id: string, what: JournalChange): string {
  const head = `\n{"s":${seq},"i":${JSON.stringify(id)}`;
  if ('value' in what) return `${head},"v":${JSON.stringify(what.value)}}`;
  if ('change' in what) return `${head},"c":${JSON.stringify(what.change)}}`;
  return `${head}}`;
}

interface Line {
  s?: unknown;
  i?: unknown;
  v?: unknown;
  c?: unknown;
}

/**
 * Applies the journal's lines to `entries` (changed in place) in the order of their numbers, whatever order they
 * landed in, each number once, those above `fromSeq` only; answers the number of the last change applied and
 * how many lines could not be read (a torn last line after a crash is one).
 */
export function replayJournal(
  text: string,
  entries: Map<string, unknown>,
  fromSeq: number,
  apply: ApplyChange,
): { seq: number; unreadable: number } {
  const lines: Array<Line & { s: number; i: string }> = [];
  let unreadable = 0;
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    try {
      const line = JSON.parse(raw) as Line;
      if (typeof line.s === 'number' && typeof line.i === 'string') lines.push(line as Line & { s: number; i: string });
      else unreadable += 1;
    } catch {
      unreadable += 1;
    }
  }
  lines.sort((a, b) => a.s - b.s); // stable: of two lines with one number, the first written is kept
  let seq = fromSeq;
  for (const line of lines) {
    if (line.s <= seq) continue;
    seq = line.s;
    if ('v' in line) entries.set(line.i, line.v);
    else if ('c' in line) entries.set(line.i, apply(entries.get(line.i), line.c));
    else entries.delete(line.i);
  }
  return { seq, unreadable };
}

export const journalPathOf = (file: string) => `${file.replace(/\.json$/, '')}.journal`;

/** ENOENT is an empty file; any other failure to read is thrown. */
function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** The entries both files hold, as the app reads them on opening (also used by tests to check the disk). */
export function readWriteBehindFiles(file: string, applyChange: ApplyChange = noChanges) {
  const onDisk = readIfThere(file);
  const snapshot: Snapshot | null = onDisk === '' ? { seq: 0, entries: new Map() } : parseSnapshot(onDisk);
  const journal = readIfThere(journalPathOf(file));
  // A damaged snapshot still lets the journal give back what it holds (the newest results). A snapshot without a
  // number was written by a version that did not read the journal: what the journal holds is older than it.
  const entries = snapshot?.entries ?? new Map<string, unknown>();
  const outdated = snapshot?.seq === null;
  // Its lines are then read for their numbers alone: what is written next must be numbered above them.
  const replayed = outdated
    ? { ...replayJournal(journal, new Map(), 0, noChanges), unreadable: 0 }
    : replayJournal(journal, entries, snapshot?.seq ?? 0, applyChange);
  return {
    entries,
    seq: replayed.seq,
    unreadableLines: replayed.unreadable,
    damaged: snapshot === null,
    /** The files are to be replaced by a fresh snapshot at the first write. */
    snapshotDue: snapshot === null || outdated,
    snapshotBytes: onDisk.length,
    journalBytes: journal.length,
  };
}

/** Temporary snapshots a crash left behind (`<file>.<pid>-<n>.tmp`); this process has written none yet. */
function removeLeftovers(file: string): void {
  const prefix = `${basename(file)}.`;
  for (const name of readdirSync(dirname(file))) {
    if (name.startsWith(prefix) && /^\d+-\d+\.tmp$/.test(name.slice(prefix.length)))
      rmSync(join(dirname(file), name), { force: true });
  }
}

/** Opening for writing: a damaged snapshot is set aside; files that cannot be read are never written. */
export function openWriteBehindFiles(file: string, label: string, applyChange?: ApplyChange) {
  try {
    const read = readWriteBehindFiles(file, applyChange);
    const what = `The ${label} was damaged and could not be read; the app kept what its journal holds.`;
    const problem = read.damaged ? setAside(file, what) : null;
    try {
      removeLeftovers(file);
    } catch {
      /* a folder that cannot be listed: they stay */
    }
    return { ...read, problem, writable: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    // Locked or not ours: what it holds may be fine, so it is neither moved nor written over this run.
    const problem = `The ${label} ${file} could not be read (${code}); it will not be written.`;
    const entries = new Map<string, unknown>();
    return { entries, seq: 0, snapshotDue: false, snapshotBytes: 0, journalBytes: 0, problem, writable: false };
  }
}
