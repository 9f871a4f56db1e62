/**
 * What a provider's failure means. Each provider's module reads its own tell-tale codes and messages
 * first (the ones that turn a 401 into a permission problem, or a 429 into an empty wallet); only then
 * does the HTTP status alone decide. docs/PROVIDERS.md lists the shapes per provider.
 */
import type { ProviderId } from '../../shared/providers';
import type { Failure } from './failure';
import { quirksOf } from './registry';
import type { Classified } from './types';

export type { Classified } from './types';

const redirected: Classified = {
  outcome: 'provider_error',
  hint: 'The address answered with a redirect, which the app does not follow: the key would go elsewhere.',
};

export function classify(provider: ProviderId, failure: Failure): Classified {
  if (failure.kind === 'timeout') return { outcome: 'timeout' };
  if (failure.kind === 'redirect') return redirected;
  if (failure.kind === 'connection') return { outcome: 'network_error' };
  if (failure.kind === 'unreadable') {
    return {
      outcome: 'provider_error',
      hint: `${failure.message ?? 'The answer was not a model list.'} If you set a custom address, check it.`,
    };
  }
  const known = quirksOf(provider)(failure);
  if (known) return known;
  const status = failure.status ?? 0;
  if (status >= 300 && status < 400) return redirected;
  if (status === 401) return { outcome: 'invalid_key' };
  if (status === 402) return { outcome: 'quota_exhausted' };
  if (status === 403) return { outcome: 'permission_denied' };
  if (status === 429) return { outcome: 'rate_limited' };
  return { outcome: 'provider_error' };
}
