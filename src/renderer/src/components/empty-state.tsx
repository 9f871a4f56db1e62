import { providerList } from '../../../shared/provider-catalog';
import { ProviderLink } from './provider-link';

/** Shown instead of the table until the first key is added: how to get a key from each provider. */
export function EmptyState() {
  return (
    <section className="card empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No API keys yet</h2>
      <p>
        Create a key on your provider's developer platform, copy it right away (most providers show it only once), then
        add it above.
      </p>
      <ul className="provider-links">
        {providerList.map((p) => (
          <li key={p.id}>
            <ProviderLink provider={p.id} target="keys">
              Get a {p.label} key
            </ProviderLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
