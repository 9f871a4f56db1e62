/**
 * The two files of a write-behind store (write-behind-file.ts): their text, and reading them.
 *
 * - The snapshot, `{"version":2,"seq":S,"entries":{…}}`, holds every entry as of change number S. It is
 *   replaced whole (temporary file, fsync, rename), so it is always whole.
 * - The journal holds the changes made since, one JSON line each: `{"s":seq,"i":id,"v":value}` sets an entry,
 *   `{"s":seq,"i":id,"c":change}` applies a change to it (a test result: a line of a few hundred bytes
 *   instead of the key's whole history), `{"s":seq,"i":id}` removes it. Every batch begins with a newline,
 *   so the torn last line a crash can leave ends there and never spoils the next batch's first line.
 *
 * Replay applies a line only if its number is above every one applied before it, starting from the
 * snapshot's: a line that is already in the snapshot (a crash after a compaction, before the journal was
 * emptied), or written twice (a batch sent again after a failed write), counts once.
 */
import { readFileSync } from 'node:fs';

/** Makes the entry a change leads to. It gets what the files hold, so it must expect anything. */
export type ApplyChange = (previous: unknown, change: unknown) => unknown;
const noChanges: ApplyChange = (previous) => previous;

export interface Snapshot {
  seq: number;
  entries: Map<string, unknown>;
}

/** The snapshot's entries, or null when the text is not a snapshot (damaged). Version 1 had no number. */
export function parseSnapshot(text: string): Snapshot | null {
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { entries?: unknown; seq?: unknown };
    const { entries, seq } = parsed;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
    return {
      seq: typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : 0,
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
 * Applies the journal's lines to `entries` (changed in place); answers the number of the last change
 * applied and how many lines could not be read (a torn last line after a crash is one).
 */
export function replayJournal(
  text: string,
  entries: Map<string, unknown>,
  fromSeq: number,
  apply: ApplyChange,
): { seq: number; unreadable: number } {
  let seq = fromSeq;
  let unreadable = 0;
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    let line: Line;
    try {
      line = JSON.parse(raw) as Line;
    } catch {
      unreadable += 1;
      continue;
    }
    const { s, i: id } = line;
    if (typeof s !== 'number' || typeof id !== 'string') {
      unreadable += 1;
      continue;
    }
    if (s <= seq) continue;
    seq = s;
    if ('v' in line) entries.set(id, line.v);
    else if ('c' in line) entries.set(id, apply(entries.get(id), line.c));
    else entries.delete(id);
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
  // A damaged snapshot still lets the journal give back what it holds (the newest results).
  const entries = snapshot?.entries ?? new Map<string, unknown>();
  const replayed = replayJournal(journal, entries, snapshot?.seq ?? 0, applyChange);
  return {
    entries,
    seq: replayed.seq,
    unreadableLines: replayed.unreadable,
    damaged: snapshot === null,
    snapshotBytes: onDisk.length,
    journalBytes: journal.length,
  };
}
