import { useEffect, useState } from 'react';
import type { SecurityStatus } from '../../../shared/ipc/contract';
import { api } from '../lib/ipc';

/** How keys are protected on this machine, reported by main. */
export function SecurityPage() {
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.app.securityStatus().then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error.message);
    });
  }, []);
  return (
    <>
      <header className="page-header">
        <h1>Security</h1>
        <p>How your keys are protected on this computer.</p>
      </header>
      {error && <p className="notice notice-error" role="alert">{error}</p>}
      {status && (
        <section className="card" aria-label="Security status">
          <p className={`notice ${status.encryptionAvailable ? 'notice-ok' : 'notice-error'}`}>
            <span aria-hidden="true">{status.encryptionAvailable ? '✓ ' : '✗ '}</span>
            {status.message}
          </p>
          <dl className="facts">
            <dt>Encryption</dt>
            <dd>{status.encryptionAvailable ? 'Available' : 'Unavailable'}</dd>
            <dt>Secret store</dt>
            <dd>
              <code>{status.backend}</code>
            </dd>
            <dt>Platform</dt>
            <dd>{status.platform}</dd>
            <dt>Key file</dt>
            <dd>
              <code>{status.storePath}</code>
            </dd>
          </dl>
          <p>
            Keys are encrypted in the app's main process before they are written; this window only ever receives a
            masked hint such as <code>sk-proj-…a1b2</code>.
          </p>
        </section>
      )}
    </>
  );
}
