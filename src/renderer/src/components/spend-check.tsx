/**
 * The per-key opt-in to the paid spend check (issue #15), labelled with its cost. Not offered where the
 * provider's free balance endpoint already tells "out of credit".
 */
import type { KeySummary } from '../../../shared/keys';
import { providers } from '../../../shared/provider-catalog';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';

export function SpendCheck({ keyInfo }: { keyInfo: KeySummary }) {
  const setSpendCheck = useKeys((s) => s.setSpendCheck);
  const toast = useToasts((s) => s.show);
  if (providers[keyInfo.provider].freeBalance) return null;
  async function toggle(enabled: boolean) {
    const outcome = await setSpendCheck(keyInfo.id, enabled);
    if (!outcome.ok) toast('error', outcome.error.message);
  }
  return (
    <p className="spend-check">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={keyInfo.spendCheck}
          onChange={(e) => void toggle(e.target.checked)}
          aria-label={`Check that ${keyInfo.name} can spend`}
        />
        Also check that it can spend — each test then makes one request of one output token (a fraction of a cent),
        scheduled checks included.
      </label>
    </p>
  );
}
