import type { KeySummary } from '../../../shared/keys';

const labels: Record<KeySummary['status'], { icon: string; text: string }> = {
  not_tested: { icon: '○', text: 'Not tested' },
};

/** Status as icon and text, never colour alone. */
export function StatusBadge({ status }: { status: KeySummary['status'] }) {
  const { icon, text } = labels[status];
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
