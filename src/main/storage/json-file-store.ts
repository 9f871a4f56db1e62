/**
 * A key/value store in one JSON object file (keys.json, settings.json), kept by electron-store (conf in
 * tests): owner-only, atomic writes (write-without-snap.ts). Before electron-store opens the file, it is
 * read here once, because electron-store cannot tell three failures apart that call for opposite answers:
 * - the file was read and is not a JSON object (truncated, an array, `null`…): it is damaged; it is set
 *   aside unchanged and the store starts empty, with a message for the user;
 * - the file could not be read (EBUSY from an antivirus lock, EACCES…): the keys in it may be fine, so
 *   it is neither moved nor written over; every read tries again and reports the error until it works;
 * - there is no file: an empty store, written on the first change.
 */
import { readFileSync } from 'node:fs';
import { setAside } from './store-recovery';
import { writeWithoutSnap } from './write-without-snap';

/** The file exists but could not be read right now; nothing was changed. */
export class StoreUnreadableError extends Error {
  constructor(file: string, reason: string) {
    super(
      `The file ${file} could not be read (${reason}): another program may be holding it (antivirus, backup) or it is not readable by you. It was not changed, and the app will not write over it; close that program and try again.`,
    );
    this.name = 'StoreUnreadableError';
  }
}

type Found = { kind: 'object' } | { kind: 'missing' } | { kind: 'damaged'; what: string };

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
    return {
      kind: 'damaged',
      what: `The ${label} was damaged and could not be read, so the app started with an empty one.`,
    };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { kind: 'object' };
  return {
    kind: 'damaged',
    what: `The ${label} held ${describeJson(value)} instead of its records, so the app started with an empty one.`,
  };
}

/** A store of named values in one file; `get` and `set` throw when the file cannot be read. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface FileStore extends KeyValueStore {
  /** Set when a damaged file was set aside: what happened, where the original is. */
  readonly recovery: string | null;
}

/** The part of electron-store (and conf, which it wraps) used here. */
export interface ConfStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Options every store file is opened with: owner-only (0600), and never replaced when it is damaged
 * (`clearInvalidConfig` would write `{}` over it; this module sets it aside instead). `cache`: without
 * it conf reads and parses the whole file on every `get` — settings are read for every key summary and
 * every key test. This process is the file's only writer, and conf still reads the file before each
 * write and drops the cache with it, so nothing written elsewhere is lost.
 */
export const storeFileOptions = { configFileMode: 0o600, clearInvalidConfig: false, cache: true } as const;

/** Opens electron-store or conf on `<cwd>/<name>.json` with `storeFileOptions`. */
export type OpenStoreFile = (file: { cwd: string; name: string }) => ConfStore;

export interface FileStoreOptions {
  /** Shown to the user, e.g. "key file". */
  label: string;
  /** Opens electron-store (conf in tests) on the file, once it is known to be readable. */
  open: () => ConfStore;
  /** Tests replace the read to simulate a locked file. */
  read?: (file: string) => string;
}

export function openFileStore(
  file: string,
  { label, open, read = (f) => readFileSync(f, 'utf8') }: FileStoreOptions,
): FileStore {
  let store: ConfStore | undefined;
  let recovery: string | null = null;

  function current(): ConfStore {
    if (store) return store;
    const found = readObjectFile(file, read, label); // throws StoreUnreadableError, leaving `store` unset
    if (found.kind === 'damaged') recovery = setAside(file, found.what);
    store = open();
    return store;
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
    get: (key) => current().get(key),
    set(key, value) {
      const opened = current(); // a file that cannot be read is never written over
      writeWithoutSnap(() => opened.set(key, value));
    },
  };
}
