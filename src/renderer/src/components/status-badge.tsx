import type { KeyStatus } from '../../../shared/test-result';

export const statusLabels: Record<KeyStatus, { icon: string; text: string }> = {
  not_tested: { icon: '○', text: 'Not tested' },
  cannot_decrypt: { icon: '✗', text: 'Cannot decrypt — re-enter or delete' },
  changed_outside: { icon: '⚠', text: 'Changed outside the app — delete and add again' },
  ok: { icon: '✓', text: 'OK' },
  invalid_key: { icon: '✗', text: 'Invalid key' },
  permission_denied: { icon: '⊘', text: 'No permission' },
  quota_exhausted: { icon: '$', text: 'Out of credit' },
  rate_limited: { icon: '◷', text: 'Rate limited' },
  provider_error: { icon: '⚠', text: 'Provider error' },
  network_error: { icon: '⚠', text: 'Network error' },
  timeout: { icon: '◷', text: 'Timed out' },
};

/** Status as icon and text, never colour alone; a spinner with text while a test runs. */
export function StatusBadge({ status, testing }: { status: KeyStatus; testing: boolean }) {
  if (testing) {
    return (
      <span className="badge badge-testing">
        <span className="spinner" aria-hidden="true" /> Testing…
      </span>
    );
  }
  const { icon, text } = statusLabels[status];
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
