/**
 * The cost warning of the original help page, kept to one line. On the page it can be hidden for this
 * session (it comes back at the next start); on the add sheet it is always shown, where a key is added.
 */
import { useUi } from '../store/ui-store';

export function CostNote({ dismissible = false }: { dismissible?: boolean }) {
  const { costNoteHidden, hideCostNote } = useUi();
  if (dismissible && costNoteHidden) return null;
  return (
    <p className="notice notice-warning cost-note" role="note">
      <span aria-hidden="true">⚠ </span>
      <span>
        API keys unlock paid AI services, billed directly by the provider: watch usage and spending limits on each
        provider's dashboard.
      </span>
      {dismissible && (
        <button type="button" className="link-button" onClick={hideCostNote}>
          Got it
        </button>
      )}
    </p>
  );
}
