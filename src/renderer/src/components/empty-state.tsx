import { KeyPageLinks } from './provider-link';

/**
 * Shown instead of the list until the first key is added: how to get a key from each provider.
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
      <KeyPageLinks />
      <p>
        Another OpenAI-compatible service (OpenRouter, Groq, Mistral, a local Ollama…)? Choose "OpenAI-compatible
        (custom)" as the provider when you add its key.
      </p>
    </section>
  );
}
