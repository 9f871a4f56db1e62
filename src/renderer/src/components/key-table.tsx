/** The table of stored keys. Each row shows metadata and the masked hint — main never sends more. */
import { useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { providers } from '../../../shared/providers';
import { useNow } from '../lib/format';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { ConfirmDialog } from './confirm-dialog';
import { KeyRow } from './key-row';
import { TestAllBar } from './test-all-bar';

export function KeyTable({ keys }: { keys: KeySummary[] }) {
  const remove = useKeys((s) => s.remove);
  const toast = useToasts((s) => s.show);
  const now = useNow();
  const [pending, setPending] = useState<KeySummary | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirmDelete() {
    if (!pending) return;
    setBusy(true);
    const result = await remove(pending.id);
    setBusy(false);
    if (result.ok) toast('success', `Deleted "${pending.name}".`);
    else toast('error', result.error.message);
    setPending(null);
  }

  return (
    <section className="card" aria-labelledby="keys-title">
      <div className="card-header">
        <h2 id="keys-title">Stored keys</h2>
        <TestAllBar count={keys.length} />
      </div>
      <div className="table-scroll">
        <table className="key-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Provider</th>
              <th scope="col">Model</th>
              <th scope="col">Key</th>
              <th scope="col">Status</th>
              <th scope="col">Latency</th>
              <th scope="col">Last test</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <KeyRow key={key.id} keyInfo={key} now={now} onDelete={setPending} />
            ))}
          </tbody>
        </table>
      </div>
      {pending && (
        <ConfirmDialog
          title={`Delete "${pending.name}"?`}
          confirmLabel="Delete key"
          busy={busy}
          onConfirm={confirmDelete}
          onCancel={() => setPending(null)}
        >
          <p>
            The encrypted key <code>{pending.hint}</code> for {providers[pending.provider].label} is removed from this
            computer. This does not revoke it at the provider; do that on the provider's key page.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
