/**
 * The audit log: an append-only file of JSON lines (one entry per line, written with a single append,
 * so a crash loses at most the line being written and never rewrites history). Entries are parsed on
 * reading; a damaged line is skipped, not fatal. No secret is ever written here: entries carry names,
 * ids and outcomes only.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { type AuditEntry, type AuditQuery, auditEntrySchema } from '../../shared/audit';

/** Entries shown at most (newest first); the file itself keeps everything. */
export const AUDIT_VIEW_MAX = 1000;

export interface AuditLog {
  append(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  list(query?: AuditQuery): Promise<AuditEntry[]>;
}

/** Stamps the time and keeps details short (a long file name must not make an entry fail). */
function complete(entry: Omit<AuditEntry, 'at'>, now: () => Date): AuditEntry {
  return { ...entry, at: now().toISOString(), ...(entry.detail !== undefined ? { detail: entry.detail.slice(0, 200) } : {}) };
}

function filter(entries: AuditEntry[], query: AuditQuery = {}): AuditEntry[] {
  const search = query.search?.trim().toLocaleLowerCase() ?? '';
  return entries
    .filter((e) => (!query.event || e.event === query.event) && (search === '' || e.keyName.toLocaleLowerCase().includes(search)))
    .reverse()
    .slice(0, AUDIT_VIEW_MAX);
}

export function createFileAuditLog(file: string, now: () => Date = () => new Date()): AuditLog {
  let writes: Promise<void> = Promise.resolve();
  return {
    append(entry) {
      const parsed = auditEntrySchema.safeParse(complete(entry, now));
      if (!parsed.success) return Promise.reject(new Error('audit entry outside the schema'));
      const line = `${JSON.stringify(parsed.data)}\n`;
      // Serialised so lines never interleave; a failed write does not block later ones.
      writes = writes.then(() => appendFile(file, line, { mode: 0o600 })).catch(() => undefined);
      return writes;
    },
    async list(query) {
      await writes;
      const text = await readFile(file, 'utf8').catch(() => '');
      const entries = text.split('\n').flatMap((line) => {
        if (!line.trim()) return [];
        try {
          const parsed = auditEntrySchema.safeParse(JSON.parse(line));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
      return filter(entries, query);
    },
  };
}

export function createMemoryAuditLog(now: () => Date = () => new Date()): AuditLog {
  const entries: AuditEntry[] = [];
  return {
    async append(entry) {
      entries.push(auditEntrySchema.parse(complete(entry, now)));
    },
    list: async (query) => filter([...entries], query),
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
