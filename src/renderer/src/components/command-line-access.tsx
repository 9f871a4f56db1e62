/**
 * The Security page's card for the aikm command line: whether it can reach the app, and which programs
 * may have which key without asking ("Allow for 8 hours"), each revocable. Names and programs only.
 */
import { useEffect } from 'react';
import { formatDate } from '../lib/format';
import { useAccess } from '../store/access-store';
import { useToasts } from '../store/toast-store';

export function CommandLineAccess() {
  const { status, grants, error, load, revoke } = useAccess();
  const toast = useToasts((s) => s.show);
  useEffect(() => {
    void load();
  }, [load]);

  async function revokeGrant(id: string, keyName: string) {
    const result = await revoke(id);
    if (result.ok && result.value.revoked) toast('success', `Revoked: "${keyName}" will be asked for again.`);
    else toast('error', result.ok ? 'That permission had already ended.' : result.error.message);
  }

  return (
    <section className="card" aria-labelledby="cli-title">
      <h2 id="cli-title">Command-line access (aikm)</h2>
      {error && <p className="notice notice-error">{error}</p>}
      {status && (
        <p>
          {status.listening ? (
            <>
              <code>aikm</code> can reach the app at <code>{status.socket}</code> (this user only). Every request for a
              key asks you first, in a window of this app.
            </>
          ) : (
            <>
              <code>aikm</code> cannot reach the app: {status.problem}
            </>
          )}
        </p>
      )}
      {grants.length === 0 ? (
        <p>No program may use a key without asking.</p>
      ) : (
        <ul className="copies" aria-label="Programs allowed to use a key without asking">
          {grants.map((grant) => (
            <li key={grant.id}>
              <strong>{grant.keyName}</strong> for <code>{grant.executable}</code>, until{' '}
              <time dateTime={new Date(grant.expiresAt).toISOString()}>
                {formatDate(new Date(grant.expiresAt).toISOString())}
              </time>{' '}
              <button
                type="button"
                className="button"
                aria-label={`Revoke ${grant.keyName} for ${grant.executable}`}
                onClick={() => void revokeGrant(grant.id, grant.keyName)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
