/**
 * API Key Management: a compact header (title, Help, "+ Add key"), the cost note, and the list of keys
 * right below it — the add form is a sheet opened on demand, so the keys are above the fold.
 */
import { useEffect, useRef } from 'react';
import { AddKeySheet } from '../components/add-key-sheet';
import { CostNote } from '../components/cost-note';
import { EmptyState } from '../components/empty-state';
import { KeyTable } from '../components/key-table';
import { StorageBanner } from '../components/storage-banner';
import { useKeys } from '../store/keys-store';
import { useNav } from '../store/nav-store';
import { useUi } from '../store/ui-store';

export function ApiKeysPage() {
  const { keys, loaded, loadError, load } = useKeys();
  const { adding, openAdd, focusRowId, focusRow } = useUi();
  const go = useNav((s) => s.go);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void load();
  }, [load]);

  // On open, focus lands in the list (its first key) or on "+ Add key" — unless something else has it.
  useEffect(() => {
    if (!loaded || document.activeElement !== document.body) return;
    const first = document.querySelector<HTMLElement>('.key-table .row-name');
    (first ?? addButton.current)?.focus();
  }, [loaded]);

  // The last key was deleted: focus goes to "+ Add key" rather than to the page body.
  useEffect(() => {
    if (focusRowId !== 'none') return;
    addButton.current?.focus();
    focusRow(null);
  }, [focusRowId, focusRow]);

  return (
    <>
      <header className="page-header page-header-bar">
        <h1>API Key Management</h1>
        <div className="header-actions">
          <button
            ref={addButton}
            data-add-key
            type="button"
            className="button button-primary"
            onClick={openAdd}
            aria-keyshortcuts="Control+N Meta+N"
            title="Add a key (Ctrl+N)"
          >
            <span aria-hidden="true">+ </span>Add key
          </button>
          <button type="button" className="button" onClick={() => go('help')}>
            <span aria-hidden="true">? </span>Help
          </button>
        </div>
      </header>
      <CostNote dismissible />
      <StorageBanner />
      {loadError && (
        <p className="notice notice-error" role="alert">
          Could not load your keys: {loadError}
        </p>
      )}
      {loaded && !loadError && (keys.length === 0 ? <EmptyState onAdd={openAdd} /> : <KeyTable keys={keys} />)}
      {adding && <AddKeySheet />}
    </>
  );
}
