/**
 * The audit log: an append-only file of JSON lines, one entry per line. Lines wait up to 50 ms to go out
 * together in one append (audit-batches.test.ts), so a kill loses the lines still waiting and may cut the
 * append under way short; it never rewrites history, and a line cut short is skipped on reading without
 * spoiling the next one. It is rotated by size
 * (`audit.jsonl`, `.1`, `.2`…; the oldest file is dropped) so it cannot grow forever, and read
 * newest-first a chunk at a time. A damaged line is skipped, not fatal, and the page is told that part
 * of the log could not be read. No secret is ever written here: entries carry names, ids and outcomes only.
 */
import { appendFile, open, rename, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type AuditEntry, type AuditListing, type AuditQuery, auditEntrySchema } from '../../shared/audit';
import { linesBackward } from './lines-backward';

/** Entries shown at most (newest first); the files themselves keep everything up to their rotation. */
export const AUDIT_VIEW_MAX = 1000;
/** 5 MB × 3 files: years of normal use, and never more than 15 MB on disk. */
/** `batchMs`: lines wait at most this long to go out together (tests of single lines pass 0). */
export const AUDIT_LIMITS = { maxBytes: 5 * 1024 * 1024, files: 3, batchMs: 50 };

export interface AuditLog {
  /** Resolves once the line is in the file; rejects if its write failed (later lines are still written). */
  append(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  list(query?: AuditQuery): Promise<AuditListing>;
  /** Writes the lines waiting for their batch now (quitting): resolves once they are in the file, or failed. */
  flush(): Promise<void>;
}

/** Stamps the time and keeps details short (a long file name must not make an entry fail). */
function complete(entry: Omit<AuditEntry, 'at'>, now: () => Date): AuditEntry {
  return {
    ...entry,
    at: now().toISOString(),
    ...(entry.detail !== undefined ? { detail: entry.detail.slice(0, 200) } : {}),
  };
}

function matcher(query: AuditQuery = {}): (entry: AuditEntry) => boolean {
  const search = query.search?.trim().toLocaleLowerCase() ?? '';
  return (e) =>
    (!query.event || e.event === query.event) && (search === '' || e.keyName.toLocaleLowerCase().includes(search));
}

function parseLine(line: string): AuditEntry | null {
  try {
    const parsed = auditEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export function createFileAuditLog(
  file: string,
  now: () => Date = () => new Date(),
  limits: Partial<typeof AUDIT_LIMITS> = {},
): AuditLog {
  const { maxBytes, files: count, batchMs } = { ...AUDIT_LIMITS, ...limits };
  /** Newest first: the file being written, then `.1`, `.2`… */
  const files = Array.from({ length: count }, (_, i) => (i === 0 ? file : `${file}.${i}`));
  let writes: Promise<void> = Promise.resolve();

  /** The current file's size: read once, then counted as lines go out (a stat per batch was most of its cost). */
  let size: number | undefined;

  /** Shifts every file one place older when the next lines would take the current one over the limit. */
  async function rotateFor(bytes: number): Promise<void> {
    size ??= await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (size === 0 || size + bytes <= maxBytes) return;
    for (let i = files.length - 1; i >= 1; i--) {
      await rename(files[i - 1] as string, files[i] as string).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
    size = 0;
  }

  /** Lines waiting for their batch: they go out together, in one append, once the batch's time is up. */
  let queued: string[] = [];
  let batch: Promise<void> | undefined;
  /** Ends the wait of the batch being gathered (flush). */
  let gathered: (() => void) | undefined;

  /** Whether the file's last line was cut short (a kill during an append): the next then starts a line of its own. */
  async function endsTorn(): Promise<boolean> {
    if (!size) return false;
    const handle = await open(file, 'r').catch(() => undefined);
    if (!handle) return false;
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
      return bytesRead === 1 && buffer[0] !== 0x0a;
    } finally {
      await handle.close();
    }
  }

  async function write(): Promise<void> {
    batch = undefined;
    gathered = undefined;
    const text = queued.join('');
    queued = [];
    try {
      const unknown = size === undefined; // the first write of this run, or the one after a failed write
      await rotateFor(Buffer.byteLength(text));
      const lines = unknown && (await endsTorn()) ? `\n${text}` : text;
      await appendFile(file, lines, { mode: 0o600 });
      size = (size ?? 0) + Buffer.byteLength(lines);
    } catch (error) {
      size = undefined; // how much of it landed is unknown: read the size again next time
      throw error;
    }
  }

  return {
    append(entry) {
      const parsed = auditEntrySchema.safeParse(complete(entry, now));
      if (!parsed.success) return Promise.reject(new Error('audit entry outside the schema'));
      queued.push(`${JSON.stringify(parsed.data)}\n`);
      if (!batch) {
        // One write at a time, so lines never interleave. The lines of the next `batchMs` go out together: a
        // test-all's thousand lines take a few dozen appends, not hundreds (each an open, a write and a close,
        // each waking the main process when it completes).
        const gathering = new Promise<void>((resolve) => {
          gathered = resolve;
          if (batchMs > 0) setTimeout(resolve, batchMs);
          else resolve();
        });
        batch = Promise.all([writes, gathering]).then(write);
        writes = batch.catch(() => undefined); // a failed write does not block later ones
      }
      return batch;
    },
    async flush() {
      gathered?.();
      await writes;
    },
    async list(query) {
      await writes;
      const matches = matcher(query);
      const entries: AuditEntry[] = [];
      let damaged = 0;
      const unreadable: string[] = [];
      for (const part of files) {
        try {
          for await (const line of linesBackward(part)) {
            const entry = line === null ? null : parseLine(line);
            if (!entry) damaged += 1;
            else if (matches(entry)) entries.push(entry);
            if (entries.length >= AUDIT_VIEW_MAX) break;
          }
        } catch (error) {
          if (!isMissing(error)) unreadable.push(basename(part));
        }
        if (entries.length >= AUDIT_VIEW_MAX) break;
      }
      const problems = [
        ...(unreadable.length > 0 ? [`${unreadable.join(', ')} could not be read`] : []),
        ...(damaged > 0 ? [`${damaged} damaged ${damaged === 1 ? 'line was' : 'lines were'} skipped`] : []),
      ];
      const warning =
        problems.length > 0
          ? `Part of the audit log could not be read (${problems.join('; ')}); entries may be missing.`
          : null;
      return { entries, warning };
    },
  };
}

export function createMemoryAuditLog(now: () => Date = () => new Date()): AuditLog {
  const entries: AuditEntry[] = [];
  return {
    async append(entry) {
      entries.push(auditEntrySchema.parse(complete(entry, now)));
    },
    list: async (query) => ({
      entries: entries.filter(matcher(query)).reverse().slice(0, AUDIT_VIEW_MAX),
      warning: null,
    }),
    flush: async () => {},
  };
}

/**
 * A formula can start a cell, or start a piece of one once a spreadsheet splits it on `;` or `,`
 * (semicolon locales, "text to columns"): `'` goes before every such start so the text is shown, not run.
 */
const FORMULA_START = /(^|[;,])(?=\s*[=+\-@]|[\t\r])/g;

/** CSV for spreadsheets: every cell quoted (so no separator or line break inside one can split it), formulas defused. */
export function toCsv(entries: readonly AuditEntry[]): string {
  const cell = (value: string) => `"${value.replace(FORMULA_START, "$1'").replace(/"/g, '""')}"`;
  const row = (values: string[]) => values.map(cell).join(',');
  const rows = entries.map((e) => row([e.at, e.event, e.keyName, e.provider, e.detail ?? '', e.keyId]));
  return [row(['time', 'event', 'key', 'provider', 'detail', 'key id']), ...rows].join('\r\n') + '\r\n';
}
