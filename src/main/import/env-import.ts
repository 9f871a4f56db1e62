/**
 * Import from the environment and from a `.env` file: main finds the well-known variables, keeps the
 * values in memory behind random tokens, and gives the renderer only masked candidates. The renderer
 * names the ones to import by token; values never cross IPC.
 */
import { randomUUID } from 'node:crypto';
import { type ProviderId, envVariables } from '../../shared/providers';
import { maskSecret } from '../../shared/mask';
import { secretSchema } from '../../shared/keys';
import { formatMismatch } from '../../shared/key-format';

/** Candidates not imported within this time are forgotten (their values leave memory). */
export const CANDIDATE_TTL_MS = 10 * 60_000;

/** The variables import looks for, from the catalog (each provider names its own). */
export const importVariables = envVariables;

export interface Candidate {
  token: string;
  variable: string;
  provider: ProviderId;
  hint: string;
  source: string;
  /** Computed here, where the value is: the window shows the same warning as for a pasted key. */
  looksLike: ProviderId | null;
}

/** `.env` lines: `KEY=value`, `export KEY=value`, quotes, `#` comments. Only what import needs. */
export function parseDotEnv(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const value = (match[2] ?? '').trim();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      // A quoted value ends at its closing quote; whatever follows (a comment) is not part of it.
      const end = value.indexOf(quote, 1);
      vars.set(match[1] as string, end > 0 ? value.slice(1, end) : value.slice(1));
    } else {
      vars.set(match[1] as string, value.replace(/\s*#.*$/, '')); // an unquoted value ends at a comment
    }
  }
  return vars;
}

export type ImportSession = ReturnType<typeof createImportSession>;

export function createImportSession(now: () => number = Date.now) {
  const pending = new Map<
    string,
    { secret: string; provider: ProviderId; variable: string; source: string; expires: number }
  >();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Drops what has expired and wakes up again for the next expiry: plaintext never outlives its time. */
  function sweep(): void {
    clearTimeout(timer);
    timer = undefined;
    const at = now();
    for (const [token, item] of pending) if (item.expires <= at) pending.delete(token);
    if (pending.size === 0) return;
    const next = Math.min(...[...pending.values()].map((item) => item.expires));
    timer = setTimeout(sweep, Math.max(0, next - at));
    timer.unref?.(); // a pending import must never keep the app (or a test run) alive
  }

  return {
    /** Registers what a source offers; answers masked candidates only. */
    offer(vars: ReadonlyMap<string, string | undefined>, source: string): Candidate[] {
      const found: Candidate[] = [];
      for (const [variable, provider] of importVariables) {
        // The same rules as a pasted key (quotes, spaces, length), so duplicates are recognised too.
        const parsed = secretSchema.safeParse(vars.get(variable) ?? '');
        if (!parsed.success) continue;
        const token = randomUUID();
        pending.set(token, { secret: parsed.data, provider, variable, source, expires: now() + CANDIDATE_TTL_MS });
        found.push({
          token,
          variable,
          provider,
          hint: maskSecret(parsed.data),
          source,
          looksLike: formatMismatch(provider, parsed.data),
        });
      }
      sweep();
      return found;
    },
    /** A candidate's value, while it is fresh; it stays available until `consume` (e.g. after a failed import). */
    peek(token: string) {
      const item = pending.get(token);
      if (!item || item.expires < now()) {
        pending.delete(token);
        return null;
      }
      return item;
    },
    /** After a successful import: a token is good for one key. */
    consume: (token: string) => void pending.delete(token),
    /** Forgets every candidate (a new scan, the window closed). */
    clear(): void {
      pending.clear();
      sweep();
    },
    /** How many values are held right now (for tests: nothing outlives its time). */
    held: () => pending.size,
  };
}
