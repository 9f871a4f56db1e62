/**
 * One status per key, as the list shows it: the vault's status (shared/status.ts) plus what only the
 * window adds — a working key that is due for rotation is amber ("works, but…"), never green — and the
 * one fix that belongs in the row. Green is left for a key that works as chosen.
 */
import type { KeySummary } from '../../../shared/keys';
import { type StatusTone, isFailing, statusInfo } from '../../../shared/status';

/** What the row offers next to the status: a new secret, or the provider page that fixes it. */
export type Fix = 'reenter' | 'rotate' | 'billing' | 'keys';

export const fixLabels: Record<Fix, string> = {
  reenter: 'Re-enter…',
  rotate: 'Rotate…',
  billing: 'Open billing',
  keys: 'Open key page',
};

export interface Health {
  label: string;
  icon: string;
  tone: StatusTone;
  fix: Fix | null;
  /** Counted under "need attention" (test-all line, status filter). */
  attention: boolean;
}

/**
 * The vault cannot use the key as stored: its last test result describes a key the app can no longer
 * read (or trust), so that result is not shown.
 */
export function isBlocked(key: Pick<KeySummary, 'status'>): boolean {
  return key.status === 'cannot_decrypt' || key.status === 'changed_outside';
}

export function needsAttention(key: Pick<KeySummary, 'status' | 'rotationDue'>): boolean {
  return isFailing(key.status) || (key.rotationDue && !isBlocked(key));
}

function fixFor(key: KeySummary): Fix | null {
  // Provider pages exist only for the built-in providers (the external-link allow-list).
  const pages = key.provider !== 'custom';
  switch (key.status) {
    case 'cannot_decrypt':
    case 'invalid_key':
      return 'reenter';
    case 'quota_exhausted':
      return pages ? 'billing' : null;
    case 'permission_denied':
      return pages ? 'keys' : null;
    // Delete is already in the row, and a new secret is refused for a key whose destination was forged.
    case 'changed_outside':
      return null;
    default:
      return key.rotationDue ? 'rotate' : null;
  }
}

export function health(key: KeySummary): Health {
  const info = statusInfo(key.status);
  const attention = needsAttention(key);
  if (key.status === 'ok' && key.rotationDue)
    return { label: 'OK · rotation due', icon: '↻', tone: 'warn', fix: 'rotate', attention };
  return { label: info.label, icon: info.icon, tone: info.tone, fix: fixFor(key), attention };
}
