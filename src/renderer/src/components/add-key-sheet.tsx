/**
 * "+ Add key" opens this sheet over the page instead of a form that is always open and pushes the list
 * down. A modal <dialog>: the page behind is inert, Escape or Close closes it, Tab stays inside, and it
 * opens on its first field. After a save it closes and the list focuses the new key.
 */
import { useEffect, useRef } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { trapTab } from '../lib/trap-tab';
import { useUi } from '../store/ui-store';
import { AddKeyForm } from './add-key-form';
import { CostNote } from './cost-note';

export function AddKeySheet() {
  const ref = useRef<HTMLDialogElement>(null);
  const { closeAdd, focusRow } = useUi();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('select, input')?.focus();
    return () => {
      dialog?.close();
      // A saved key takes focus in the list (ui-store); otherwise back to where the sheet was opened
      // (opened by Ctrl/Cmd+N before anything had focus: the first key, or "+ Add key").
      if (useUi.getState().focusRowId) return;
      const back =
        opener && opener !== document.body && opener.isConnected
          ? opener
          : document.querySelector<HTMLElement>('.key-table .row-name, [data-add-key]');
      back?.focus();
    };
  }, []);

  function saved(key: KeySummary) {
    focusRow(key.id);
    closeAdd();
  }

  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-label="Add a key"
      onKeyDown={trapTab}
      onCancel={(event) => {
        event.preventDefault();
        closeAdd();
      }}
    >
      <AddKeyForm onSaved={saved} />
      <CostNote />
      <p className="sheet-actions">
        <button type="button" className="button" onClick={closeAdd}>
          Close
        </button>
      </p>
    </dialog>
  );
}
