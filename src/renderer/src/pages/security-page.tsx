import { useEffect } from 'react';
import { CommandLineAccess } from '../components/command-line-access';
import { SetAsideCopies } from '../components/set-aside-copies';
import { useSecurity } from '../store/security-store';
import { useToasts } from '../store/toast-store';

const modeLabels = {
  os: 'Encrypted by the operating system, on disk',
  weak: 'Obfuscated only (your choice), on disk',
  memory: 'Kept in memory for this run only',
  unavailable: 'Unavailable: keys cannot be saved',
} as const;

/**
 * How keys are protected on this machine, reported by main; the weak-storage opt-in lives here. Main
 * asks for the confirmation in its own dialog, so this page only makes the request.
 */
export function SecurityPage() {
  const { status, error, load, setWeakStorage } = useSecurity();
  const toast = useToasts((s) => s.show);
  useEffect(() => {
    void load();
  }, [load]);

  async function optIn() {
    if (!(await setWeakStorage(true))) return;
    if (useSecurity.getState().status?.weakStorageAllowed)
      toast('success', 'Keys will be written with the weak obfuscation.');
    else toast('error', 'Nothing changed: storing keys with weak obfuscation was not confirmed.');
  }

  return (
    <>
      <header className="page-header">
        <h1>Security</h1>
        <p>How your keys are protected on this computer.</p>
      </header>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <section className="card" aria-label="Security status">
          <p className={`notice ${status.mode === 'os' ? 'notice-ok' : 'notice-error'}`}>
            <span aria-hidden="true">{status.mode === 'os' ? '✓ ' : '⚠ '}</span>
            {status.message}
          </p>
          <dl className="facts">
            <dt>Where keys go</dt>
            <dd>{modeLabels[status.mode]}</dd>
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
          {status.mode === 'memory' && (
            <p>
              If you cannot run a keyring, you can still have keys written to disk, protected only by Chromium's
              built-in password — any program running as you could read them.{' '}
              <button type="button" className="button" onClick={() => void optIn()}>
                Store keys with weak obfuscation…
              </button>
            </p>
          )}
          <p>
            Keys are encrypted in the app's main process before they are written; this window only ever receives a
            masked hint such as <code>sk-proj-…a1b2</code>.
          </p>
        </section>
      )}
      <CommandLineAccess />
      <SetAsideCopies />
    </>
  );
}
