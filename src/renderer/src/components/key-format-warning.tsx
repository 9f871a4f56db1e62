/**
 * "This looks like a key for …": the one warning shown wherever a secret is entered (add form, custom
 * providers included; rotation; import), before it is sent to any service. A hint, never a refusal:
 * key formats change. Where the provider can still be changed, it offers a one-click switch.
 */
import type { ProviderId } from '../../../shared/provider-catalog';
import { providers } from '../../../shared/provider-catalog';

export function KeyFormatWarning({
  looksLike,
  onSwitch,
}: {
  looksLike: ProviderId | null;
  onSwitch?: (provider: ProviderId) => void;
}) {
  if (!looksLike) return null;
  const label = providers[looksLike].label;
  return (
    <p className="field-warning" role="status">
      <span aria-hidden="true">⚠ </span>
      This looks like a key for {label}.{' '}
      {onSwitch ? (
        <button type="button" className="link-button" onClick={() => onSwitch(looksLike)}>
          Switch to {label}
        </button>
      ) : (
        'Check that it belongs here: it would be sent to this service.'
      )}
    </p>
  );
}
