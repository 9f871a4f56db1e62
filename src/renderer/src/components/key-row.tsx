/**
 * One stored key: name, provider, model, masked hint, status (with its fix) and when it was added, with
 * Test, Details and Delete pinned at the row's end. Secondary columns fold away in a narrow window
 * (list.css); the name cell then carries the provider and model so nothing is lost.
 */
import { type CSSProperties, memo, useEffect, useId, useRef, useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import { type ProviderId, providers } from '../../../shared/provider-catalog';
import { creditText } from '../lib/credit';
import { isBlocked } from '../lib/key-health';
import { dayLabel, duration, formatDate } from '../lib/format';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { useCopyKey } from './copy-key-buttons';
import { KeyDetails } from './key-details';
import { StatusCell } from './status-cell';

export const COLUMNS = 7;

/** The icon's colour comes from the catalog, so no stylesheet rule names a provider. */
const iconColour = (provider: ProviderId) => ({ '--provider-color': providers[provider].color }) as CSSProperties;

/**
 * Memoised: the list keeps the object of a key that did not change (shared/key-list.ts), so during a test-all
 * only the rows whose key changed are drawn again, not the whole page at every result.
 */
export const KeyRow = memo(function KeyRow({
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
  const copyKey = useCopyKey(keyInfo);
  /** Bumped by Re-enter… / Rotate…: the details open on the new-key field. */
  const [rotateRequest, setRotateRequest] = useState(0);
  const provider = providers[keyInfo.provider];
  const service = keyInfo.endpoint?.name ?? provider.shortLabel;

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

  function reenter() {
    if (!open) toggleDetails(keyInfo.id);
    setRotateRequest((n) => n + 1);
  }

  return (
    <>
      <tr data-key-id={keyInfo.id}>
        <th scope="row">
          <span className="name-line">
            <span className="provider-icon" style={iconColour(keyInfo.provider)} aria-hidden="true">
              {provider.shortLabel.charAt(0)}
            </span>
            <button
              type="button"
              className="row-name"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => toggleDetails(keyInfo.id)}
            >
              {keyInfo.name}
            </button>
          </span>
          {keyInfo.storage === 'memory' && (
            <span className="tag" title="Not written to disk: no keyring. Gone when you quit.">
              this session only
            </span>
          )}
          {/* Shown only when the Provider / Model columns are folded away (list.css). */}
          <span className="name-sub sub-provider">{service}</span>
          {keyInfo.model && <code className="name-sub sub-model">{keyInfo.model}</code>}
        </th>
        <td className="col-provider">
          <span title={provider.label}>{service}</span>
          {keyInfo.endpoint && <code className="base-url">{keyInfo.endpoint.baseUrl}</code>}
          {keyInfo.lastTest?.balance && keyInfo.lastTest.balance.length > 0 && (
            <span className="balance">{creditText(keyInfo.lastTest.balance)}</span>
          )}
        </td>
        <td className="col-model">
          <code>{keyInfo.model || '—'}</code>
        </td>
        <td className="col-key">
          <code className="hint">{keyInfo.hint}</code>
        </td>
        <td className="col-status">
          <StatusCell keyInfo={keyInfo} now={now} onReenter={reenter} />
        </td>
        <td className="col-added">
          <time dateTime={keyInfo.createdAt} title={formatDate(keyInfo.createdAt)}>
            Added {dayLabel(keyInfo.createdAt, now)}
          </time>
          <span
            className="age"
            title={`Key ${keyInfo.rotatedAt === keyInfo.createdAt ? 'added' : 'last rotated'} ${formatDate(keyInfo.rotatedAt)}`}
          >
            {duration(now - new Date(keyInfo.rotatedAt).getTime())} old
          </span>
        </td>
        <td className="col-actions">
          <div className="actions">
            {/* A key that cannot be opened or was changed outside the app has nothing to copy: its fix is in the status cell. */}
            {!isBlocked(keyInfo) && (
              <button
                type="button"
                className="button"
                onClick={() => void copyKey('plain')}
                aria-label={`Copy ${keyInfo.name}`}
                title="Copy the key; it is cleared from the clipboard after the time set in Preferences"
              >
                Copy
              </button>
            )}
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
              aria-controls={open ? detailsId : undefined}
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
            <KeyDetails keyInfo={keyInfo} id={detailsId} rotateRequest={rotateRequest} />
          </td>
        </tr>
      )}
    </>
  );
});
