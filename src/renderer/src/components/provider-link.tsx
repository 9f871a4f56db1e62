/** A link to a provider page. Main opens it (allow-listed https URLs only); the renderer never navigates. */
import type { ReactNode } from 'react';
import type { LinkTarget, ProviderId } from '../../../shared/provider-catalog';
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
