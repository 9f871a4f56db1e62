import { useToasts } from '../store/toast-store';

/**
 * Top-right, away from the page's content start, the add sheet's fields and the table's rows. Successes
 * are announced politely; errors use role="alert" so they interrupt, and stay until dismissed.
 */
export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{t.kind === 'success' ? '✓' : '✗'}</span>
          <span className="toast-text">{t.text}</span>
          {t.action && (
            <button
              type="button"
              className="button toast-action"
              onClick={() => {
                dismiss(t.id);
                t.action?.run();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="link-button toast-close" onClick={() => dismiss(t.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
