/**
 * Recently deleted: deleted keys and secrets replaced by a rotation, kept encrypted by main for 30 days,
 * with Restore and Delete now. "Delete now" is confirmed by main's own dialog, not here: this window
 * alone must not be able to erase a key.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { providers } from '../../../shared/provider-catalog';
import type { TrashItem } from '../../../shared/trash';
import { TRASH_DAYS } from '../../../shared/trash-limits';
import { formatDate, formatDay } from '../lib/format';
import { useToasts } from '../store/toast-store';
import { useTrash } from '../store/trash-store';

const kindLabels = { deleted: 'Deleted key', replaced: 'Previous key (replaced by a rotation)' } as const;

export function RecentlyDeletedPage() {
  const toast = useToasts((s) => s.show);
  const { items, loadError, load, restore: restoreItem, purge: purgeItem } = useTrash();
  /** Items whose name is taken: the name to restore them under, and what main said. */
  const [renaming, setRenaming] = useState<Record<string, { name: string; error: string }>>({});
  useEffect(() => {
    void load();
  }, [load]);

  async function restore(item: TrashItem, name?: string) {
    const result = await restoreItem(item.id, name);
    if (result.ok) {
      const { [item.id]: _done, ...rest } = renaming;
      setRenaming(rest);
      toast('success', `Restored "${result.value.name}".`);
    } else if (result.error.code === 'duplicate_name' || result.error.fields?.name) {
      setRenaming({
        ...renaming,
        [item.id]: { name: name ?? item.name, error: result.error.fields?.name ?? result.error.message },
      });
    } else toast('error', result.error.message);
  }

  async function purge(item: TrashItem) {
    const result = await purgeItem(item.id);
    if (!result.ok) toast('error', result.error.message);
    else if (result.value.purged) toast('success', `"${item.name}" was deleted for good.`);
  }

  return (
    <>
      <header className="page-header">
        <h1>Recently deleted</h1>
        <p>
          Deleted keys, and keys replaced by a rotation, stay here encrypted for {TRASH_DAYS} days, then they are
          deleted for good. They cannot be used or tested unless you restore them. A replaced key goes as soon as its
          successor passes a test.
        </p>
      </header>
      {loadError && (
        <p className="notice notice-error" role="alert">
          {loadError}
        </p>
      )}
      <section className="card" aria-label="Recently deleted">
        {items && items.length === 0 && <p>Nothing here.</p>}
        {items && items.length > 0 && (
          <div className="table-scroll">
            <table className="key-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">What</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Key</th>
                  <th scope="col">Deleted</th>
                  <th scope="col">Deleted for good on</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.name}</th>
                    <td>{kindLabels[item.kind]}</td>
                    <td>{item.endpoint?.name ?? providers[item.provider].shortLabel}</td>
                    <td>
                      <code className="hint">{item.hint}</code>
                    </td>
                    <td>{formatDate(item.deletedAt)}</td>
                    <td>
                      <time dateTime={item.purgeAt}>{formatDay(item.purgeAt)}</time>
                    </td>
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          className="button"
                          onClick={() => void restore(item)}
                          aria-label={`Restore ${item.name}`}
                        >
                          Restore
                        </button>
                        <button
                          type="button"
                          className="button button-danger"
                          onClick={() => void purge(item)}
                          aria-label={`Delete now: ${item.name}`}
                        >
                          Delete now
                        </button>
                      </div>
                      {renaming[item.id] && (
                        <RestoreAs
                          item={item}
                          state={renaming[item.id]!}
                          onChange={(name) => setRenaming({ ...renaming, [item.id]: { ...renaming[item.id]!, name } })}
                          onSubmit={(name) => void restore(item, name)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The name is taken: main's answer, and a field to restore under another name. */
function RestoreAs({
  item,
  state,
  onChange,
  onSubmit,
}: {
  item: TrashItem;
  state: { name: string; error: string };
  onChange(name: string): void;
  onSubmit(name: string): void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(state.name);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Restore ${item.name} under another name`} noValidate>
      <p className="field-error" role="alert">
        {state.error}
      </p>
      <label>
        <span>Restore as</span> <input value={state.name} onChange={(e) => onChange(e.target.value)} />
      </label>
      <button type="submit" className="button">
        Restore as this name
      </button>
    </form>
  );
}
