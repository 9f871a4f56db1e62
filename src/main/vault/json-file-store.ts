/**
 * A key/value store in one JSON object file (keys.json, settings.json), written atomically
 * (atomic-file.ts) with owner-only permissions. Opening tells three failures apart, because they call
 * for opposite answers:
 * - the file was read and is not a JSON object (truncated, an array, `null`…): it is damaged; it is set
 *   aside unchanged and the store starts empty, with a message for the user;
 * - the file could not be read (EBUSY from an antivirus lock, EACCES…): the keys in it may be fine, so
 *   it is neither moved nor written over; every read tries again and reports the error until it works;
 * - there is no file: an empty store, written on the first change.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file';
import type { KeyValueStore } from './repository';
import { setAside } from './store-recovery';

/** The file exists but could not be read right now; nothing was changed. */
export class StoreUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `The file ${file} could not be read (${reason}): another program may be holding it (antivirus, backup) or it is not readable by you. It was not changed, and the app will not write over it; close that program and try again.`,
    );
    this.name = 'StoreUnreadableError';
  }
}

type Found = { kind: 'object'; data: Record<string, unknown> } | { kind: 'missing' } | { kind: 'damaged'; what: string };

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function readObjectFile(file: string, read: (file: string) => string, label: string): Found {
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    throw new StoreUnreadableError(file, code ?? (error instanceof Error ? error.message : 'unknown error'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')); // an editor may have saved a byte order mark
  } catch {
    return { kind: 'damaged', what: `The ${label} was damaged and could not be read, so the app started with an empty one.` };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { kind: 'object', data: value as Record<string, unknown> };
  return { kind: 'damaged', what: `The ${label} held ${describeJson(value)} instead of its records, so the app started with an empty one.` };
}

export interface FileStore extends KeyValueStore {
  /** Set when a damaged file was set aside: what happened, where the original is. */
  readonly recovery: string | null;
}

export interface FileStoreOptions {
  /** Shown to the user, e.g. "key file". */
  label: string;
  /** Tests replace the read to simulate a locked file. */
  read?: (file: string) => string;
}

export function openFileStore(file: string, { label, read = (f) => readFileSync(f, 'utf8') }: FileStoreOptions): FileStore {
  let data: Record<string, unknown> | undefined;
  let recovery: string | null = null;

  function current(): Record<string, unknown> {
    if (data) return data;
    const found = readObjectFile(file, read, label); // throws StoreUnreadableError, leaving `data` unset
    if (found.kind === 'damaged') recovery = setAside(file, found.what);
    data = found.kind === 'object' ? found.data : {};
    return data;
  }

  try {
    current(); // set a damaged file aside at once, so the user is told at start
  } catch (error) {
    if (!(error instanceof StoreUnreadableError)) throw error;
  }

  return {
    path: file,
    get recovery() {
      return recovery;
    },
    get: (key) => (Object.hasOwn(current(), key) ? current()[key] : undefined),
    set(key, value) {
      const next = { ...current(), [key]: value };
      writeFileAtomic(file, JSON.stringify(next, undefined, '\t'));
      data = next; // only after the write, so memory never runs ahead of the file
    },
  };
}
