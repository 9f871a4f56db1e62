/**
 * The list of stored keys. Each row shows metadata and the masked hint — main never sends more — and
 * its actions stay in view at any window width: secondary columns fold away and the actions column is
 * pinned (list.css). ↑/↓ move between keys, Enter opens one, Delete deletes (after a confirmation).
 */
import { TRASH_DAYS } from '../../../shared/trash-limits';
import { useEffect, useMemo, useRef } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { providers } from '../../../shared/provider-catalog';
import { useNow } from '../lib/format';
import { defaultView, visibleKeys } from '../lib/key-view';
import { PAGE_SIZE, useTable } from '../store/table-store';
import { useUi } from '../store/ui-store';
import { ConfirmDialog } from './confirm-dialog';
import { KeyRow } from './key-row';
import { KeyTableHead } from './key-table-head';
import { KeyToolbar } from './key-toolbar';
import { rowNavigation } from './list-keys';
import { TestAllBar } from './test-all-bar';
import { useDeleteKey } from './use-delete-key';

export function KeyTable({ keys }: { keys: KeySummary[] }) {
  const { view, setView, page, setPage } = useTable();
  const shown = useMemo(() => visibleKeys(keys, view), [keys, view]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const now = useNow();
  const deleting = useDeleteKey(pageRows);
  const { focusRowId, focusRow } = useUi();
  const body = useRef<HTMLTableSectionElement>(null);

  // A key just added, restored or next to one just deleted: focus it once its row is on screen.
  useEffect(() => {
    if (!focusRowId) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-key-id="${CSS.escape(focusRowId)}"] .row-name`);
    if (!row) return;
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
    focusRow(null);
  }, [focusRowId, pageRows, focusRow]);

  const onKeyDown = rowNavigation((id) => {
    const key = pageRows.find((k) => k.id === id);
    if (key) deleting.ask(key);
  });

  return (
    <section className="card list-card" aria-labelledby="keys-title">
      <div className="card-header">
        <h2 id="keys-title">Stored keys</h2>
        <TestAllBar keys={keys} onShowAttention={() => setView({ ...defaultView, status: 'failing' })} />
      </div>
      <KeyToolbar view={view} onChange={setView} shown={shown.length} total={keys.length} />
      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="key-table">
            <KeyTableHead view={view} setView={setView} />
            <tbody ref={body} onKeyDown={onKeyDown}>
              {pageRows.map((key) => (
                <KeyRow key={key.id} keyInfo={key} now={now} onDelete={deleting.ask} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="no-matches">
          No matches —{' '}
          <button type="button" className="link-button" onClick={() => setView(defaultView)}>
            clear filters
          </button>
        </p>
      )}
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
      {deleting.pending && (
        <ConfirmDialog
          title={`Delete "${deleting.pending.name}"?`}
          confirmLabel="Delete key"
          busy={deleting.busy}
          onConfirm={() => void deleting.confirm()}
          onCancel={deleting.cancel}
        >
          <p>
            The encrypted key <code>{deleting.pending.hint}</code> for {providers[deleting.pending.provider].label}{' '}
            moves to Recently deleted, where you can restore it for {TRASH_DAYS} days. This does not revoke it at the
            provider; do that on the provider's key page.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
