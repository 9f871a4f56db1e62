import { statusInfo } from '../../../shared/status';
import type { KeyStatus } from '../../../shared/test-result';

/** Status as icon and text, never colour alone; a spinner with text while a test runs. */
export function StatusBadge({ status, testing }: { status: KeyStatus; testing: boolean }) {
  if (testing) {
    return (
      <span className="badge badge-testing">
        <span className="spinner" aria-hidden="true" /> Testing…
      </span>
    );
  }
  const { icon, label, tone } = statusInfo(status);
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true">{icon}</span> {label}
    </span>
  );
}
