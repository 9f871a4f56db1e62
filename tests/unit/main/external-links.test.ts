import { describe, expect, it, vi } from 'vitest';
import { allowedExternalUrls, isAllowedExternalUrl, openProviderLink } from '../../../src/main/external-links';
import { builtInProviderIds } from '../../../src/shared/providers';

describe('external links', () => {
  it('allows only https provider pages from the catalog', () => {
    expect(allowedExternalUrls.size).toBe(builtInProviderIds.length * 2);
    for (const url of allowedExternalUrls) expect(url.startsWith('https://')).toBe(true);
  });

  it.each([
    'http://platform.openai.com/api-keys',
    'https://platform.openai.com/api-keys/../../evil',
    'https://platform.openai.com.evil.example/api-keys',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it("opens each provider's key page", async () => {
    for (const provider of builtInProviderIds) {
      const openExternal = vi.fn(async () => undefined);
      await expect(openProviderLink(provider, 'keys', openExternal)).resolves.toBe(true);
      expect(openExternal).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\//));
    }
  });
});
