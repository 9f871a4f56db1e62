/**
 * Deleting from the list: the row's Delete (or the Delete key) asks first; once deleted, focus moves to
 * the neighbouring row and a toast offers Undo, which restores the key from Recently deleted (main
 * kept it there, encrypted) under its own name.
 */
import { TRASH_DAYS } from '../../../shared/trash-limits';
import { useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { useTrash } from '../store/trash-store';
import { useUi } from '../store/ui-store';

export function useDeleteKey(rows: readonly KeySummary[]) {
  const remove = useKeys((s) => s.remove);
  const toast = useToasts((s) => s.show);
  const focusRow = useUi((s) => s.focusRow);
  const [pending, setPending] = useState<KeySummary | null>(null);
  const [busy, setBusy] = useState(false);

  async function undo(key: KeySummary) {
    const trash = useTrash.getState();
    await trash.load();
    const item = useTrash.getState().items?.find((i) => i.keyId === key.id && i.kind === 'deleted');
    if (!item) return toast('error', `"${key.name}" is no longer in Recently deleted.`);
    const result = await trash.restore(item.id);
    if (!result.ok) return toast('error', result.error.message);
    toast('success', `Restored "${result.value.name}".`);
    focusRow(result.value.id);
  }

  async function confirm() {
    const key = pending;
    if (!key) return;
    const at = rows.findIndex((k) => k.id === key.id);
    const neighbour = rows[at + 1] ?? rows[at - 1] ?? null;
    setBusy(true);
    const result = await remove(key.id);
    setBusy(false);
    setPending(null);
    if (!result.ok) return toast('error', result.error.message);
    // The page focuses "+ Add key" when this was the last key (no neighbour left).
    focusRow(neighbour?.id ?? 'none');
    toast('success', `Deleted "${key.name}". You can restore it from Recently deleted for ${TRASH_DAYS} days.`, {
      label: 'Undo',
      run: () => void undo(key),
    });
  }

  return { pending, busy, ask: setPending, cancel: () => setPending(null), confirm };
}
