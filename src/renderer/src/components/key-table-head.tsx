/** The key table's header row: sortable columns as buttons with aria-sort; the column classes fold (list.css). */
import type { KeyView, SortColumn } from '../lib/key-view';

const columns: Array<{ label: string; sort?: SortColumn; className?: string }> = [
  { label: 'Name', sort: 'name' },
  { label: 'Provider', sort: 'provider', className: 'col-provider' },
  { label: 'Model', className: 'col-model' },
  { label: 'Key', className: 'col-key' },
  { label: 'Status', sort: 'status', className: 'col-status' },
  { label: 'Added', sort: 'added', className: 'col-added' },
];

export function KeyTableHead({ view, setView }: { view: KeyView; setView(view: KeyView): void }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, sort, className }) => (
          <th
            key={label}
            scope="col"
            className={className}
            aria-sort={sort && view.sort === sort ? (view.descending ? 'descending' : 'ascending') : undefined}
          >
            {sort ? (
              <button
                type="button"
                className="sort-button"
                onClick={() => setView({ ...view, sort, descending: view.sort === sort ? !view.descending : false })}
              >
                {label}
                <span aria-hidden="true">{view.sort === sort ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
              </button>
            ) : (
              label
            )}
          </th>
        ))}
        <th scope="col" className="col-actions">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
