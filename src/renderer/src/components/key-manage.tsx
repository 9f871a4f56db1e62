/**
 * Changing a stored key: rename it, rotate it (the new secret is tested first and replaces the old one
 * only if it works, unless the user says otherwise), copy its masked hint. The new secret is held in
 * this form only until main has answered, then cleared.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import type { TestResult } from '../../../shared/test-result';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { providers } from '../../../shared/provider-catalog';
import { formatMismatch } from '../../../shared/key-format';
import { statusInfo } from '../../../shared/status';
import { CopyKeyButtons } from './copy-key-buttons';
import { KeyFormatWarning } from './key-format-warning';
import { ProviderLink } from './provider-link';

/** `rotateRequest`: when it changes (Re-enter… / Rotate… in the row), the new-key field takes focus. */
export function KeyManage({ keyInfo, rotateRequest = 0 }: { keyInfo: KeySummary; rotateRequest?: number }) {
  const id = useId();
  const toast = useToasts((s) => s.show);
  const renameKey = useKeys((s) => s.rename);
  const rotateKey = useKeys((s) => s.rotate);
  const copyKeyHint = useKeys((s) => s.copyHint);
  const [name, setName] = useState(keyInfo.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [rotateError, setRotateError] = useState<string | null>(null);
  const [failed, setFailed] = useState<TestResult | null>(null);
  const [busy, setBusy] = useState(false);
  /** What the last rotate or copy did, said beside it rather than in a toast over the list. */
  const [done, setDone] = useState<string | null>(null);
  const secretField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (rotateRequest === 0) return;
    secretField.current?.scrollIntoView({ block: 'nearest' });
    secretField.current?.focus();
  }, [rotateRequest]);

  async function rename(event: FormEvent) {
    event.preventDefault();
    const result = await renameKey(keyInfo.id, name);
    if (result.ok) {
      setNameError(null);
      toast('success', `Renamed to "${result.value.name}".`);
    } else setNameError(result.error.fields?.name ?? result.error.message);
  }

  async function rotate(override: boolean) {
    setBusy(true);
    const result = await rotateKey(keyInfo.id, secret, override);
    setBusy(false);
    if (!result.ok) {
      setRotateError(result.error.fields?.secret ?? result.error.message);
      return;
    }
    setRotateError(null);
    if (!result.value.rotated) {
      setFailed(result.value.result);
      return;
    }
    setFailed(null);
    setSecret('');
    const old =
      result.value.result?.outcome === 'ok'
        ? 'The old one is gone from this computer.'
        : 'The old one waits in Recently deleted until the new one passes a test.';
    setDone(`"${keyInfo.name}" now uses the new key (${result.value.key.hint}). ${old}`);
  }

  async function copyHint() {
    const result = await copyKeyHint(keyInfo.id);
    if (result.ok && result.value.copied) setDone(`Copied ${keyInfo.hint}`);
    else toast('error', 'Could not copy.');
  }

  return (
    <div className="manage">
      <form className="inline-form" onSubmit={rename} aria-label={`Rename ${keyInfo.name}`} noValidate>
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        <button type="submit" className="button" disabled={name === keyInfo.name}>
          Rename
        </button>
        {nameError && (
          <span className="field-error" id={`${id}-name-error`}>
            {nameError}
          </span>
        )}
      </form>
      <form
        className="inline-form"
        aria-label={`Rotate ${keyInfo.name}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void rotate(false);
        }}
      >
        <label htmlFor={`${id}-secret`}>New key</label>
        <input
          ref={secretField}
          id={`${id}-secret`}
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => {
            setSecret(e.target.value);
            setFailed(null);
            setDone(null);
          }}
          aria-invalid={rotateError ? true : undefined}
          aria-describedby={rotateError ? `${id}-secret-error ${id}-rotate-help` : `${id}-rotate-help`}
        />
        <button type="submit" className="button" disabled={busy || secret.trim() === ''}>
          {busy ? 'Testing…' : 'Test and replace'}
        </button>
        {rotateError && (
          <span className="field-error" id={`${id}-secret-error`}>
            {rotateError}
          </span>
        )}
      </form>
      <p className="field-help" id={`${id}-rotate-help`}>
        Rotate in place: paste the provider's new key. It is tested first and replaces this one only if it works; the
        old one waits in Recently deleted.
      </p>
      <KeyFormatWarning looksLike={formatMismatch(keyInfo.provider, secret)} />
      {failed && (
        <p className="notice notice-error" role="alert">
          The new key did not pass its test ({statusInfo(failed.outcome).label}: {failed.message}); the old key is kept.{' '}
          <button type="button" className="link-button" onClick={() => void rotate(true)} disabled={busy}>
            Replace anyway
          </button>
        </p>
      )}
      <p className="inline-done" role="status">
        {done && `✓ ${done}`}
      </p>
      <p className="button-row">
        <CopyKeyButtons keyInfo={keyInfo} />
        <button type="button" className="button" onClick={copyHint}>
          Copy masked hint
        </button>
        {keyInfo.provider !== 'custom' && (
          <ProviderLink provider={keyInfo.provider} target="keys">
            Open the {providers[keyInfo.provider].shortLabel} console
          </ProviderLink>
        )}
      </p>
    </div>
  );
}
