/**
 * The only way the app opens a browser. The renderer names a provider page; the URL comes from the
 * built-in catalog, and is checked again against the allow-list (https, exact URL) before
 * `shell.openExternal`, so a compromised renderer cannot open arbitrary URLs or local files.
 */
import { type LinkTarget, type ProviderId, providerLink, providerList } from '../shared/providers';

export const allowedExternalUrls: ReadonlySet<string> = new Set(
  providerList.flatMap((p) => [p.keyPageUrl, p.billingUrl]).filter((url) => url !== ''),
);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:' && allowedExternalUrls.has(url);
  } catch {
    return false;
  }
}

export async function openProviderLink(
  provider: ProviderId,
  target: LinkTarget,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  const url = providerLink(provider, target);
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
