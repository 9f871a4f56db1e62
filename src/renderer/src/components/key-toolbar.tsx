/** Search by name or model, filter by provider and status; sorting is on the column headers. */
import { useEffect, useId, useRef } from 'react';
import { type ProviderId, providerList } from '../../../shared/provider-catalog';
import type { KeyView, StatusFilter } from '../lib/key-view';
import { useUi } from '../store/ui-store';

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
  const search = useRef<HTMLInputElement>(null);
  const { searchRequest, searchFocused } = useUi();
  // Ctrl/Cmd+F or "/" anywhere in the window (lib/shortcuts.ts).
  useEffect(() => {
    if (!searchRequest) return;
    search.current?.focus();
    search.current?.select();
    searchFocused();
  }, [searchRequest, searchFocused]);
  return (
    <div className="toolbar" role="search">
      <label className="field inline-field">
        <span>Search</span>
        <input
          ref={search}
          type="search"
          value={view.query}
          placeholder="Name or model"
          aria-keyshortcuts="/ Control+F Meta+F"
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
          <option value="failing">Needs attention</option>
          <option value="not_tested">Not tested</option>
        </select>
      </label>
      <span id={`${id}-count`} className="count" aria-live="polite">
        {shown === total ? `${total} ${total === 1 ? 'key' : 'keys'}` : `${shown} of ${total} keys`}
      </span>
    </div>
  );
}
