/** What the last test found: the diagnosis, what to do, the provider page that helps, and the facts. */
import { useEffect, useId } from 'react';
import type { KeyDetails as Details, KeySummary } from '../../../shared/keys';
import type { TestSummary } from '../../../shared/test-result';
import { providers } from '../../../shared/provider-catalog';
import { statusInfo } from '../../../shared/status';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { creditText, verifiedByText } from '../lib/credit';
import { formatDate } from '../lib/format';
import { ProviderLink } from './provider-link';
import { KeyManage } from './key-manage';
import { SpendCheck } from './spend-check';

/** The model variant; once tested, the choices are the models the key can actually see. */
function ModelChoice({ keyInfo, details }: { keyInfo: KeySummary; details: Details | undefined }) {
  const selectId = useId();
  const setModel = useKeys((s) => s.setModel);
  const toast = useToasts((s) => s.show);
  const live = details?.models ?? [];
  const choices = live.length > 0 ? live : providers[keyInfo.provider].models;
  // '' (any model) stays on offer: the add form and import start there until a test lists the key's models.
  const models = ['', ...choices.filter((m) => m !== '')];
  if (!models.includes(keyInfo.model)) models.splice(1, 0, keyInfo.model);
  async function choose(model: string) {
    const outcome = await setModel(keyInfo.id, model);
    if (!outcome.ok) toast('error', outcome.error.message);
  }
  return (
    <p className="model-choice">
      <label htmlFor={selectId}>Model variant{live.length > 0 ? ' (from the live list)' : ''}</label>{' '}
      <select
        id={selectId}
        className="model-select"
        value={keyInfo.model}
        onChange={(e) => void choose(e.target.value)}
        aria-label={`Model for ${keyInfo.name}`}
      >
        {models.map((m) => (
          <option key={m} value={m}>
            {m || 'Any model'}
          </option>
        ))}
      </select>
    </p>
  );
}

/** Why a key the vault cannot use shows no test result, and what to do instead. */
const blockedText = {
  cannot_decrypt:
    'This key cannot be decrypted on this computer (the keychain changed, or the key file came from another computer), so its last test no longer says anything. Paste the key again under "New key" below, or delete it.',
  changed_outside:
    'Where this key would be sent was changed outside the app, so the app will not use or test it. Delete it and add it again.',
} as const;

/** `rotateRequest`: bumped by the row's Re-enter… / Rotate…, which focuses the new-key field. */
export function KeyDetails({
  keyInfo,
  id,
  rotateRequest = 0,
}: {
  keyInfo: KeySummary;
  id: string;
  rotateRequest?: number;
}) {
  // The list carries no model lists and only recent history: both are asked for as the details open,
  // and again after each new result.
  const details = useKeys((s) => s.details[keyInfo.id]);
  const loadDetails = useKeys((s) => s.loadDetails);
  const testedAt = keyInfo.lastTest?.testedAt;
  useEffect(() => void loadDetails(keyInfo.id), [loadDetails, keyInfo.id, testedAt]);
  return (
    <div id={id} className="details" aria-label={`Test details for ${keyInfo.name}`} role="region">
      <ModelChoice keyInfo={keyInfo} details={details} />
      <SpendCheck keyInfo={keyInfo} />
      {keyInfo.status === 'cannot_decrypt' || keyInfo.status === 'changed_outside' ? (
        <p className="details-message">{blockedText[keyInfo.status]}</p>
      ) : keyInfo.lastTest ? (
        <TestFacts keyInfo={keyInfo} result={keyInfo.lastTest} details={details} />
      ) : (
        <p>This key has not been tested yet. Press Test to check that it connects and can see models.</p>
      )}
      {/* One place in the tree, so a test finishing does not reset what is typed here; a rename does. */}
      <KeyManage key={`${keyInfo.id}:${keyInfo.name}`} keyInfo={keyInfo} rotateRequest={rotateRequest} />
    </div>
  );
}

function TestFacts({
  keyInfo,
  result,
  details,
}: {
  keyInfo: KeySummary;
  result: TestSummary;
  details: Details | undefined;
}) {
  const models = details?.models ?? [];
  const history = details?.history ?? keyInfo.history;
  return (
    <>
      <p className="details-message">{result.message}</p>
      <p>
        {result.hint}{' '}
        {result.link && (
          <ProviderLink provider={keyInfo.provider} target={result.link}>
            {result.link === 'billing' ? 'Open the billing page' : 'Open the key page'}
          </ProviderLink>
        )}
      </p>
      <dl className="facts">
        <dt>Tested</dt>
        <dd>{formatDate(result.testedAt)}</dd>
        <dt>Latency</dt>
        <dd>{result.latencyMs} ms</dd>
        {result.httpStatus !== undefined && (
          <>
            <dt>HTTP status</dt>
            <dd>{result.httpStatus}</dd>
          </>
        )}
        {result.detail && (
          <>
            <dt>Provider said</dt>
            <dd>
              <q>{result.detail}</q>
            </dd>
          </>
        )}
        {result.balance && result.balance.length > 0 && (
          <>
            <dt>Credit</dt>
            <dd>{creditText(result.balance)}</dd>
          </>
        )}
        {result.verifiedBy && (
          <>
            <dt>Key proven by</dt>
            <dd>{verifiedByText[result.verifiedBy]}</dd>
          </>
        )}
        {models.length > 0 && (
          <>
            <dt>Models visible</dt>
            <dd>{models.length}</dd>
          </>
        )}
        {result.requestId && (
          <>
            <dt>Request id</dt>
            <dd>
              <code>{result.requestId}</code>
            </dd>
          </>
        )}
      </dl>
      {history.length > 1 && (
        <details className="history-list">
          <summary>History ({history.length} tests)</summary>
          <ol reversed>
            {[...history].reverse().map((h) => (
              <li key={h.testedAt}>
                {formatDate(h.testedAt)} — {statusInfo(h.outcome).label}, {h.latencyMs} ms
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
