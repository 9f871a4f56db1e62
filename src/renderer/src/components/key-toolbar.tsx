/** Search by name or model, filter by provider and status; sorting is on the column headers. */
import { useId } from 'react';
import { type ProviderId, providerList } from '../../../shared/provider-catalog';
import type { KeyView, StatusFilter } from '../lib/key-view';

export function KeyToolbar({
  view,
  onChange,
  shown,
  total,
}: {
  view: KeyView;
  onChange(view: KeyView): void;
  shown: number;
  total: number;
}) {
  const id = useId();
  return (
    <div className="toolbar" role="search">
      <label className="field inline-field">
        <span>Search</span>
        <input
          type="search"
          value={view.query}
          placeholder="Name or model"
          onChange={(e) => onChange({ ...view, query: e.target.value })}
        />
      </label>
      <label className="field inline-field">
        <span>Provider</span>
        <select
          value={view.provider}
          onChange={(e) => onChange({ ...view, provider: e.target.value as ProviderId | 'all' })}
        >
          <option value="all">All providers</option>
          {providerList.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline-field">
        <span>Status</span>
        <select value={view.status} onChange={(e) => onChange({ ...view, status: e.target.value as StatusFilter })}>
          <option value="all">Any status</option>
          <option value="ok">OK</option>
          <option value="failing">Failing</option>
          <option value="not_tested">Not tested</option>
        </select>
      </label>
      <span id={`${id}-count`} className="count" aria-live="polite">
        {shown === total ? `${total} ${total === 1 ? 'key' : 'keys'}` : `${shown} of ${total} keys`}
      </span>
    </div>
  );
}
