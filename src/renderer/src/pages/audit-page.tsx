/** The audit log: what happened to which key and when (never a secret), filterable, exportable as CSV. */
import { useEffect, useState } from 'react';
import { type AuditEvent, auditEvents } from '../../../shared/audit-events';
import { providers } from '../../../shared/provider-catalog';
import { isKeyStatus, statusInSentence, statusInfo } from '../../../shared/status';
import { formatDate } from '../lib/format';
import { type AuditQuery, useAudit } from '../store/audit-store';
import { useToasts } from '../store/toast-store';

const eventLabels: Record<AuditEvent, string> = {
  added: 'Added',
  renamed: 'Renamed',
  rotated: 'Rotated',
  model_changed: 'Model changed',
  spend_check_changed: 'Spend check',
  tested: 'Tested',
  deleted: 'Deleted',
  restored: 'Restored',
  purged: 'Purged',
  imported: 'Imported',
  copied: 'Copied',
  access_requested: 'Access asked',
  access_granted: 'Access allowed',
  access_denied: 'Access denied',
  key_used: 'Used by a program',
  grant_revoked: 'Permission revoked',
};

/** Main writes outcome codes ("quota_exhausted", "new key: invalid_key"); people read their labels. */
function readableDetail(detail: string | undefined): string {
  const code = /^(new key: )?([a-z_]+)$/.exec(detail ?? '');
  const status = code?.[2];
  if (!code || !status || !isKeyStatus(status)) return detail ?? '';
  return code[1] ? `${code[1]}${statusInSentence(status)}` : statusInfo(status).label;
}

const queryOf = (event: AuditEvent | '', term: string): AuditQuery => ({
  ...(event ? { event } : {}),
  ...(term ? { search: term } : {}),
});

export function AuditPage() {
  const toast = useToasts((s) => s.show);
  const [event, setEvent] = useState<AuditEvent | ''>('');
  const [search, setSearch] = useState('');
  const { entries, warning, list, exportCsv: saveCsv } = useAudit();
  const term = search.trim();
  const query = queryOf(event, term);

  // Main reads the log once typing pauses, not at every key; a filter chosen from the list applies at once.
  useEffect(() => {
    const timer = setTimeout(() => void list(queryOf(event, term)), term ? 200 : 0);
    return () => clearTimeout(timer);
  }, [event, term, list]);

  async function exportCsv() {
    const result = await saveCsv(query);
    if (result.ok && result.value.path) toast('success', `Saved ${result.value.path}`);
    else if (!result.ok) toast('error', result.error.message);
  }

  return (
    <>
      <header className="page-header">
        <h1>Audit log</h1>
        <p>Every change to your keys and every test, with the time. Keys themselves are never written here.</p>
      </header>
      <section className="card" aria-label="Audit log">
        <div className="toolbar" role="search">
          <label className="field inline-field">
            <span>Event</span>
            <select value={event} onChange={(e) => setEvent(e.target.value as AuditEvent | '')}>
              <option value="">All events</option>
              {auditEvents.map((e) => (
                <option key={e} value={e}>
                  {eventLabels[e]}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline-field">
            <span>Key name</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <button type="button" className="button" onClick={exportCsv}>
            Export CSV…
          </button>
        </div>
        {warning && (
          <p className="notice notice-warning" role="status">
            {warning}
          </p>
        )}
        {entries.length === 0 ? (
          <p>
            {event || search.trim() ? (
              <>
                No matches —{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setEvent('');
                    setSearch('');
                  }}
                >
                  clear filters
                </button>
              </>
            ) : (
              'Nothing recorded yet.'
            )}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="key-table">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Event</th>
                  <th scope="col">Key</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e, i) => (
                  <tr key={`${e.at}-${i}`}>
                    <td>{formatDate(e.at)}</td>
                    <td>{eventLabels[e.event]}</td>
                    <th scope="row">{e.keyName}</th>
                    <td>{providers[e.provider].shortLabel}</td>
                    <td>{readableDetail(e.detail)}</td>
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
