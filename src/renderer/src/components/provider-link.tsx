/** A link to a provider page. Main opens it (allow-listed https URLs only); the renderer never navigates. */
import type { ReactNode } from 'react';
import { type LinkTarget, type ProviderId, providerList } from '../../../shared/provider-catalog';
import { withArticle } from '../lib/format';
import { useLinks } from '../store/links-store';
import { useToasts } from '../store/toast-store';

export function ProviderLink({
  provider,
  target,
  children,
  className = 'link-button',
  label,
}: {
  provider: ProviderId;
  target: LinkTarget;
  children: ReactNode;
  className?: string;
  /** An accessible name that says which key it is for, where several rows show the same words. */
  label?: string;
}) {
  const toast = useToasts((s) => s.show);
  const openLink = useLinks((s) => s.open);
  async function open() {
    if (!(await openLink(provider, target))) toast('error', 'Could not open the browser.');
  }
  return (
    <button type="button" className={className} onClick={open} aria-label={label}>
      {children}
    </button>
  );
}

/** "Get an OpenAI key"… for every provider with a key page of its own (a custom service has none the app may open). */
export function KeyPageLinks() {
  return (
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
  );
}
