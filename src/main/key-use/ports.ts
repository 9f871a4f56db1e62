/**
 * The ports that every way of using a key (clipboard, `aikm run`, `aikm get`) needs from the core.
 * Kept apart so the clipboard and the local socket depend on these types, not on each other or the core.
 */
import type { KeySummary } from '../../shared/keys';
import type { ProviderId } from '../../shared/providers';
import type { keyUseEvents } from '../../shared/audit-events';

/** Lends the plaintext to `use` (the vault's withSecret): the only way a secret reaches this code. */
export type WithSecret = <T>(id: string, use: (secret: string, key: KeySummary) => Promise<T>) => Promise<T>;

/** The standard environment variables a key goes into, preferred first (e.g. gemini → GEMINI_API_KEY, GOOGLE_API_KEY). */
export type EnvNamesFor = (key: Pick<KeySummary, 'provider' | 'endpoint'>) => string[];

/** Events of key use: one list, in shared/audit-events.ts (the audit page labels them). */
export type KeyUseEvent = (typeof keyUseEvents)[number];

export interface KeyUseAuditEntry {
  event: KeyUseEvent;
  keyId: string;
  keyName: string;
  provider: ProviderId;
  /** Who asked and how (the command line, masked), never key material; the audit log cuts it at 200 characters. */
  detail: string;
}

export type KeyUseAudit = (entry: KeyUseAuditEntry) => void;
