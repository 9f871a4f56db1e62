import { providerList } from '../../../shared/provider-catalog';
import { withArticle } from '../lib/format';
import { ProviderLink } from './provider-link';

/**
 * Shown instead of the list until the first key is added: how to get a key from each provider. Only
 * providers with a key page of their own get a link (a custom service has none the app may open).
 */
export function EmptyState({ onAdd }: { onAdd(): void }) {
  return (
    <section className="card empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No API keys yet</h2>
      <p>
        Create a key on your provider's developer platform and copy it right away (most providers show it only once),
        then{' '}
        <button type="button" className="link-button" onClick={onAdd}>
          add it here
        </button>
        .
      </p>
      <ul className="provider-links">
        {providerList
          .filter((p) => p.keyPageUrl)
          .map((p) => (
            <li key={p.id}>
              <ProviderLink provider={p.id} target="keys">
                Get {withArticle(p.label)} key
              </ProviderLink>
            </li>
          ))}
      </ul>
      <p>
        Another OpenAI-compatible service (OpenRouter, Groq, Mistral, a local Ollama…)? Choose "OpenAI-compatible
        (custom)" as the provider when you add its key.
      </p>
    </section>
  );
}
