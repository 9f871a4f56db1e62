/**
 * Import from the environment and from a `.env` file: main finds the well-known variables, keeps the
 * values in memory behind random tokens, and gives the renderer only masked candidates. The renderer
 * names the ones to import by token; values never cross IPC.
 */
import { randomUUID } from 'node:crypto';
import type { ProviderId } from '../../shared/providers';
import { maskSecret } from '../../shared/mask';
import { normalizeSecret } from '../../shared/keys';

export const importVariables: ReadonlyArray<[string, ProviderId]> = [
  ['OPENAI_API_KEY', 'openai'],
  ['ANTHROPIC_API_KEY', 'anthropic'],
  ['GEMINI_API_KEY', 'gemini'],
  ['GOOGLE_API_KEY', 'gemini'],
  ['DEEPSEEK_API_KEY', 'deepseek'],
];

export interface Candidate {
  token: string;
  variable: string;
  provider: ProviderId;
  hint: string;
  source: string;
}

/** `.env` lines: `KEY=value`, `export KEY=value`, quotes, `#` comments. Only what import needs. */
export function parseDotEnv(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = (match[2] ?? '').trim();
    if (!/^["'`]/.test(value)) value = value.replace(/\s+#.*$/, ''); // an unquoted value ends at a comment
    vars.set(match[1] as string, normalizeSecret(value));
  }
  return vars;
}

export function createImportSession() {
  const pending = new Map<string, { secret: string; provider: ProviderId; variable: string; source: string }>();

  return {
    /** Registers what a source offers; answers masked candidates only. */
    offer(vars: ReadonlyMap<string, string | undefined>, source: string): Candidate[] {
      const found: Candidate[] = [];
      for (const [variable, provider] of importVariables) {
        const secret = vars.get(variable);
        if (!secret || secret.length < 8) continue;
        const token = randomUUID();
        pending.set(token, { secret, provider, variable, source });
        found.push({ token, variable, provider, hint: maskSecret(secret), source });
      }
      return found;
    },
    /** Hands out a candidate's value once; a token is good for a single import. */
    take(token: string) {
      const item = pending.get(token);
      pending.delete(token);
      return item ?? null;
    },
    clear: () => pending.clear(),
  };
}
