import { useEffect } from 'react';
import { AddKeyForm } from '../components/add-key-form';
import { EmptyState } from '../components/empty-state';
import { KeyTable } from '../components/key-table';
import { StorageBanner } from '../components/storage-banner';
import { useKeys } from '../store/keys-store';

export function ApiKeysPage() {
  const { keys, loaded, loadError, load } = useKeys();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header className="page-header">
        <h1>API Key Management</h1>
        <p>Store the API keys of your AI providers encrypted on this computer, and see which ones work.</p>
      </header>
      <p className="notice notice-warning" role="note">
        <span aria-hidden="true">⚠ </span>
        API keys grant access to paid AI services: usage is billed directly by the provider. Monitor your usage and
        spending limits on each provider's dashboard to avoid unexpected charges.
      </p>
      <StorageBanner />
      <AddKeyForm />
      {loadError && (
        <p className="notice notice-error" role="alert">
          Could not load your keys: {loadError}
        </p>
      )}
      {loaded && !loadError && (keys.length === 0 ? <EmptyState /> : <KeyTable keys={keys} />)}
    </>
  );
}
