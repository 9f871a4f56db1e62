import { useToasts } from '../store/toast-store';

/**
 * Announced politely to screen readers; errors use role="alert" so they interrupt. Shown bottom-left,
 * away from the table's action buttons on the right.
 */
export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{t.kind === 'success' ? '✓' : '✗'}</span>
          <span className="toast-text">{t.text}</span>
          <button type="button" className="link-button" onClick={() => dismiss(t.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
