/**
 * One vocabulary for a key's status, used by the window (badges, filters, messages) and by main (tray
 * menu, notifications): its words, its mark, its tone and whether it counts as failing. Plain data, no
 * zod (only a type import), so the renderer bundle stays small.
 */
import type { KeyStatus } from './test-result';

/** How a status is coloured: the word is always written too, never colour alone. */
export type StatusTone = 'ok' | 'warn' | 'bad' | 'neutral';

interface StatusInfo {
  /** As shown on its own ("Invalid key"); `statusInSentence` gives it inside a line ("invalid key"). */
  label: string;
  icon: string;
  tone: StatusTone;
  /** Counted as failing: the tray's summary and alerts, the table's "Failing" filter. */
  failing: boolean;
}

// A Record over KeyStatus: a new status does not compile until it is described here.
// cannot_decrypt and changed_outside need the user to act (re-enter or delete), so they are red like a bad key.
const statuses: Record<KeyStatus, StatusInfo> = {
  not_tested: { label: 'Not tested', icon: '○', tone: 'neutral', failing: false },
  cannot_decrypt: { label: 'Cannot decrypt — re-enter or delete', icon: '✗', tone: 'bad', failing: true },
  changed_outside: {
    label: 'Changed outside the app — delete and add again',
    icon: '⚠',
    tone: 'bad',
    failing: true,
  },
  ok: { label: 'OK', icon: '✓', tone: 'ok', failing: false },
  invalid_key: { label: 'Invalid key', icon: '✗', tone: 'bad', failing: true },
  permission_denied: { label: 'No permission', icon: '⊘', tone: 'bad', failing: true },
  quota_exhausted: { label: 'Out of credit', icon: '$', tone: 'bad', failing: true },
  rate_limited: { label: 'Rate limited', icon: '◷', tone: 'warn', failing: true },
  provider_error: { label: 'Provider error', icon: '⚠', tone: 'warn', failing: true },
  network_error: { label: 'Network error', icon: '⚠', tone: 'warn', failing: true },
  timeout: { label: 'Timed out', icon: '◷', tone: 'warn', failing: true },
  // The key works; its chosen model is what fails (the message names it, the details offer its models).
  model_unavailable: { label: 'Works — model unavailable', icon: '◐', tone: 'warn', failing: true },
  // Never green: the service lists models for any key, so nothing proved this one.
  unverified: { label: 'Key not verified', icon: '?', tone: 'warn', failing: false },
  // A local server that takes any key: it works, and there is no key to check.
  no_key_needed: { label: 'Works — no key needed', icon: '✓', tone: 'ok', failing: false },
  wrong_address: { label: 'Wrong address', icon: '⚠', tone: 'bad', failing: true },
};

export function statusInfo(status: KeyStatus): Readonly<StatusInfo> {
  return statuses[status];
}

export function isFailing(status: KeyStatus): boolean {
  return statuses[status].failing;
}

/**
 * The key works as it is (green): OK, or a local server that needs no key. What a history mark, a streak,
 * the "OK" filter and `aikm test`'s exit code count as working — one rule, not `=== 'ok'` in each.
 */
export function works(status: KeyStatus): boolean {
  return statuses[status].tone === 'ok';
}

/** The label inside a line: "OK", "not tested", "invalid key" (an initialism such as OK keeps its capitals). */
export function statusInSentence(status: KeyStatus): string {
  const { label } = statuses[status];
  return label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** Whether a word from elsewhere (an audit line's detail) is one of the status codes. */
export function isKeyStatus(value: string): value is KeyStatus {
  return Object.hasOwn(statuses, value);
}
