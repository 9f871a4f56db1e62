/**
 * The status column: one badge (shared/status.ts and lib/key-health.ts), when the last test ran and how
 * fast it answered, the recent history, and the fix the status calls for. A key the app cannot read or
 * trust shows no result at all: that result was about a key it can no longer use.
 */
import type { KeySummary } from '../../../shared/keys';
import { formatDate, timeAgo } from '../lib/format';
import { fixLabels, health, isBlocked } from '../lib/key-health';
import { HistoryStrip } from './history-strip';
import { ProviderLink } from './provider-link';

export function StatusCell({ keyInfo, now, onReenter }: { keyInfo: KeySummary; now: number; onReenter(): void }) {
  const state = health(keyInfo);
  const result = isBlocked(keyInfo) ? null : keyInfo.lastTest;
  const fix = keyInfo.testing ? null : state.fix;
  const fixName = fix ? `${fixLabels[fix].replace('…', '')} ${keyInfo.name}` : undefined;
  return (
    <>
      <div aria-live="polite">
        {keyInfo.testing ? (
          <span className="badge badge-testing">
            <span className="spinner" aria-hidden="true" /> Testing…
          </span>
        ) : (
          <span className={`badge badge-${state.tone}`}>
            <span aria-hidden="true">{state.icon}</span> {state.label}
          </span>
        )}
      </div>
      {result && (
        <span className="status-sub">
          <time dateTime={result.testedAt} title={formatDate(result.testedAt)}>
            {timeAgo(result.testedAt, now)}
          </time>{' '}
          · {result.latencyMs} ms
        </span>
      )}
      {!isBlocked(keyInfo) && <HistoryStrip history={keyInfo.history} streak={keyInfo.streak} now={now} />}
      {(fix === 'reenter' || fix === 'rotate') && (
        <button type="button" className="button button-small fix" onClick={onReenter} aria-label={fixName}>
          {fixLabels[fix]}
        </button>
      )}
      {(fix === 'billing' || fix === 'keys') && (
        <ProviderLink
          provider={keyInfo.provider}
          target={fix === 'billing' ? 'billing' : 'keys'}
          className="button button-small fix"
          label={fixName}
        >
          {fixLabels[fix]}
        </ProviderLink>
      )}
    </>
  );
}
