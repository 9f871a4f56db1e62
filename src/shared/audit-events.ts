/** Audit event names and the entry type, without zod (the renderer uses them); schemas in audit.ts. */
import type { ProviderId } from './provider-catalog';

/** Uses of a key outside the app (clipboard, `aikm run`/`aikm get`): recorded with who asked, never the key. */
export const keyUseEvents = [
  'copied',
  'access_requested',
  'access_granted',
  'access_denied',
  'key_used',
  'grant_revoked',
] as const;

export const auditEvents = [
  'added',
  'renamed',
  'rotated',
  'model_changed',
  'spend_check_changed',
  'tested',
  'deleted',
  'restored',
  'purged',
  'imported',
  ...keyUseEvents,
] as const;
export type AuditEvent = (typeof auditEvents)[number];

export interface AuditEntry {
  at: string;
  event: AuditEvent;
  keyId: string;
  keyName: string;
  provider: ProviderId;
  /** A short, secret-free detail: a test's outcome, the old name, where an import came from. */
  detail?: string;
}
