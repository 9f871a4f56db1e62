/**
 * Warnings that change what the user should do: keys kept only for this run (no keyring), keys
 * written with weak obfuscation by choice, and a damaged key file that was set aside at start.
 */
import { useEffect } from 'react';
import { useNav } from '../store/nav-store';
import { useSecurity } from '../store/security-store';

export function StorageBanner() {
  const { status, load } = useSecurity();
  const go = useNav((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);
  if (!status) return null;
  return (
    <>
      {status.recovery && (
        <p className="notice notice-error" role="alert">
          {status.recovery}
        </p>
      )}
      {(status.mode === 'memory' || status.mode === 'weak' || status.mode === 'unavailable') && (
        <p className={`notice ${status.mode === 'weak' ? 'notice-warning' : 'notice-error'}`} role="alert">
          <span aria-hidden="true">⚠ </span>
          {status.message}{' '}
          <button type="button" className="link-button" onClick={() => go('security')}>
            Security settings
          </button>
        </p>
      )}
    </>
  );
}
