/**
 * The damaged key files the app set aside, on the Security page. They may still hold whatever was in
 * the file (even a key since deleted), so each is shown with its age and can be restored (its readable
 * keys come back) or deleted — deleting is final, so it is confirmed first.
 */
import { useEffect, useState } from 'react';
import { formatDate, timeAgo, useNow } from '../lib/format';
import { useSecurity } from '../store/security-store';
import { useToasts } from '../store/toast-store';
import { ConfirmDialog } from './confirm-dialog';

export function SetAsideCopies() {
  const { copies, loadCopies: load, restoreCopy, deleteCopy } = useSecurity();
  const [deleting, setDeleting] = useState<string | null>(null);
  const toast = useToasts((s) => s.show);
  const now = useNow();
  useEffect(() => {
    void load();
  }, [load]);

  async function restore(name: string) {
    const result = await restoreCopy(name);
    if (!result.ok) return toast('error', result.error.message);
    const { restored, skipped } = result.value;
    toast(
      'success',
      `${restored} ${restored === 1 ? 'key' : 'keys'} restored${skipped ? `; ${skipped} already stored or unreadable` : ''}.`,
    );
  }

  async function remove(name: string) {
    setDeleting(null);
    const result = await deleteCopy(name);
    if (result.ok) toast('success', `${name} was deleted.`);
    else toast('error', result.error.message);
  }

  if (copies.length === 0) return null;
  return (
    <section className="card" aria-labelledby="copies-title">
      <h2 id="copies-title">Set-aside copies of the key file</h2>
      <p>
        The app set these damaged files aside instead of overwriting them. They may still contain what the file held —
        restore the keys you need, then delete them.
      </p>
      <ul className="copies">
        {copies.map((copy) => (
          <li key={copy.name}>
            <code>{copy.name}</code> — set aside{' '}
            <time dateTime={copy.setAsideAt} title={formatDate(copy.setAsideAt)}>
              {timeAgo(copy.setAsideAt, now)}
            </time>
            , {copy.bytes.toLocaleString()} bytes{' '}
            <button
              type="button"
              className="button"
              aria-label={`Restore keys from ${copy.name}`}
              onClick={() => void restore(copy.name)}
            >
              Restore keys
            </button>{' '}
            <button
              type="button"
              className="button button-danger"
              aria-label={`Delete ${copy.name}`}
              onClick={() => setDeleting(copy.name)}
            >
              Delete…
            </button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title="Delete this copy?"
          confirmLabel="Delete copy"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>
            <code>{deleting}</code> will be deleted for good, with anything it still holds. Keys you restored from it
            stay.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
