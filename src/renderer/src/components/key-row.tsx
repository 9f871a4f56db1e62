/**
 * One stored key: metadata, masked hint, status, latency and last test, with Test, Details and
 * Delete. Once tested, the model dropdown offers the models the key can actually see.
 */
import { type CSSProperties, useEffect, useId, useRef } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { type ProviderId, providers } from '../../../shared/provider-catalog';
import { duration, formatDate, formatDay, timeAgo } from '../lib/format';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { HistoryStrip } from './history-strip';
import { KeyDetails } from './key-details';
import { StatusBadge } from './status-badge';

const COLUMNS = 9;

/** The icon's colour comes from the catalog, so no stylesheet rule names a provider. */
const iconColour = (provider: ProviderId) => ({ '--provider-color': providers[provider].color }) as CSSProperties;

export function KeyRow({
  keyInfo,
  now,
  onDelete,
}: {
  keyInfo: KeySummary;
  now: number;
  onDelete(key: KeySummary): void;
}) {
  const detailsId = useId();
  const test = useKeys((s) => s.test);
  const toast = useToasts((s) => s.show);
  const focusId = useKeys((s) => s.focusId);
  const clearFocus = useKeys((s) => s.clearFocus);
  const open = useKeys((s) => s.expanded[keyInfo.id] ?? false);
  const toggleDetails = useKeys((s) => s.toggleDetails);
  const testButton = useRef<HTMLButtonElement>(null);
  const result = keyInfo.lastTest;

  // Opened from a notification about this key (its details were opened by the store): move focus to it.
  useEffect(() => {
    if (focusId !== keyInfo.id) return;
    testButton.current?.scrollIntoView({ block: 'center' });
    testButton.current?.focus();
    clearFocus();
  }, [focusId, keyInfo.id, clearFocus]);

  // The row shows the result (badge, latency, details); only a call that could not run is toasted.
  async function runTest() {
    const outcome = await test(keyInfo.id);
    if (!outcome.ok) toast('error', outcome.error.message);
  }

  return (
    <>
      <tr data-key-id={keyInfo.id}>
        <th scope="row">
          {keyInfo.name}
          {keyInfo.storage === 'memory' && (
            <span className="tag" title="Not written to disk: no keyring. Gone when you quit.">
              this session only
            </span>
          )}
        </th>
        <td>
          <span className="provider-icon" style={iconColour(keyInfo.provider)} aria-hidden="true">
            {providers[keyInfo.provider].shortLabel.charAt(0)}
          </span>
          <span title={providers[keyInfo.provider].label}>
            {keyInfo.endpoint?.name ?? providers[keyInfo.provider].shortLabel}
          </span>
          {keyInfo.endpoint && <code className="base-url">{keyInfo.endpoint.baseUrl}</code>}
          {result?.balance && result.balance.length > 0 && (
            <span className="balance">Balance {result.balance.map((b) => `${b.total} ${b.currency}`).join(', ')}</span>
          )}
        </td>
        <td>
          <code>{keyInfo.model || '—'}</code>
        </td>
        <td>
          <code className="hint">{keyInfo.hint}</code>
        </td>
        <td>
          <div aria-live="polite">
            <StatusBadge status={keyInfo.status} testing={keyInfo.testing} />
          </div>
          <HistoryStrip history={keyInfo.history} streak={keyInfo.streak} now={now} />
        </td>
        <td>{result ? `${result.latencyMs} ms` : '—'}</td>
        <td>
          {result ? (
            <time dateTime={result.testedAt} title={formatDate(result.testedAt)}>
              {timeAgo(result.testedAt, now)}
            </time>
          ) : (
            '—'
          )}
        </td>
        <td>
          <time dateTime={keyInfo.createdAt} title={formatDate(keyInfo.createdAt)}>
            {formatDay(keyInfo.createdAt)}
          </time>
          <span
            className="age"
            title={`Key ${keyInfo.rotatedAt === keyInfo.createdAt ? 'added' : 'last rotated'} ${formatDate(keyInfo.rotatedAt)}`}
          >
            {duration(now - new Date(keyInfo.rotatedAt).getTime())} old
          </span>
          {keyInfo.rotationDue && <span className="tag">rotate due</span>}
        </td>
        <td>
          <div className="actions">
            <button
              ref={testButton}
              type="button"
              className="button"
              onClick={runTest}
              disabled={keyInfo.testing}
              aria-label={`Test ${keyInfo.name}`}
            >
              {keyInfo.testing ? 'Testing…' : 'Test'}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => toggleDetails(keyInfo.id)}
              aria-label={`Details for ${keyInfo.name}`}
            >
              Details
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => onDelete(keyInfo)}
              aria-label={`Delete ${keyInfo.name}`}
            >
              Delete
            </button>
          </div>
        </td>
      </tr>
      {open && (
        <tr className="details-row">
          <td colSpan={COLUMNS}>
            <KeyDetails keyInfo={keyInfo} id={detailsId} />
          </td>
        </tr>
      )}
    </>
  );
}
