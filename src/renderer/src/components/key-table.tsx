/** The table of stored keys. Each row shows metadata and the masked hint — main never sends more. */
import { useMemo, useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { providers } from '../../../shared/provider-catalog';
import { useNow } from '../lib/format';
import { type SortColumn, visibleKeys } from '../lib/key-view';
import { PAGE_SIZE, useTable } from '../store/table-store';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { ConfirmDialog } from './confirm-dialog';
import { KeyRow } from './key-row';
import { KeyToolbar } from './key-toolbar';
import { TestAllBar } from './test-all-bar';

const columns: Array<{ label: string; sort?: SortColumn }> = [
  { label: 'Name', sort: 'name' },
  { label: 'Provider', sort: 'provider' },
  { label: 'Model' },
  { label: 'Key' },
  { label: 'Status', sort: 'status' },
  { label: 'Latency', sort: 'latency' },
  { label: 'Last test', sort: 'lastTest' },
  { label: 'Added', sort: 'added' },
];

export function KeyTable({ keys }: { keys: KeySummary[] }) {
  const { view, setView, page, setPage } = useTable();
  const shown = useMemo(() => visibleKeys(keys, view), [keys, view]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
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
    if (result.ok) toast('success', `Deleted "${pending.name}". You can restore it from Recently deleted for 30 days.`);
    else toast('error', result.error.message);
    setPending(null);
  }

  return (
    <section className="card" aria-labelledby="keys-title">
      <div className="card-header">
        <h2 id="keys-title">Stored keys</h2>
        <TestAllBar count={keys.length} />
      </div>
      <KeyToolbar view={view} onChange={setView} shown={shown.length} total={keys.length} />
      <div className="table-scroll">
        <table className="key-table">
          <thead>
            <tr>
              {columns.map(({ label, sort }) => (
                <th
                  key={label}
                  scope="col"
                  aria-sort={sort && view.sort === sort ? (view.descending ? 'descending' : 'ascending') : undefined}
                >
                  {sort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setView({ ...view, sort, descending: view.sort === sort ? !view.descending : false })
                      }
                    >
                      {label}
                      <span aria-hidden="true">{view.sort === sort ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((key) => (
              <KeyRow key={key.id} keyInfo={key} now={now} onDelete={setPending} />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages of keys">
          <button type="button" className="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
            Previous
          </button>
          <span>
            Keys {current * PAGE_SIZE + 1}–{current * PAGE_SIZE + pageRows.length} of {shown.length} · page{' '}
            {current + 1} of {pages}
          </span>
          <button type="button" className="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            Next
          </button>
        </nav>
      )}
      {pending && (
        <ConfirmDialog
          title={`Delete "${pending.name}"?`}
          confirmLabel="Delete key"
          busy={busy}
          onConfirm={confirmDelete}
          onCancel={() => setPending(null)}
        >
          <p>
            The encrypted key <code>{pending.hint}</code> for {providers[pending.provider].label} moves to Recently
            deleted, where you can restore it for 30 days. This does not revoke it at the provider; do that on the
            provider's key page.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
