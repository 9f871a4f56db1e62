/**
 * What a provider's failure means. The provider's or service's own quirks are read first (the ones that
 * turn a 401 into a permission problem, or a 429 into an empty wallet); then what the message says, since
 * services disagree on statuses (xAI answers a wrong key with 400); only then does the HTTP status alone
 * decide. docs/PROVIDERS.md lists the shapes per provider and service.
 */
import type { Failure } from './failure';
import type { Classified } from './types';

export type { Classified } from './types';

const redirected: Classified = {
  outcome: 'provider_error',
  hint: 'The address answered with a redirect, which the app does not follow: the key would go elsewhere.',
};

/** Words that mean "this key is wrong", whatever the status they come with. */
const WRONG_KEY =
  /\b(incorrect|invalid|wrong|bad|malformed)\b[\w\s-]{0,12}?\b(api[ _-]?key|key|token)\b|\bapi[ _-]?key (is )?(not valid|invalid)|authentication fail|invalid x-api-key/i;
/** Words that mean "no money left", on a status that is not already 402. */
const NO_CREDIT =
  /insufficient (balance|credits?|funds)|credit balance is too low|(doesn't|does not) have (any )?credits|out of credits?|credit limit (exceeded|reached)/i;

function byMeaning(failure: Failure): Classified | undefined {
  const status = failure.status ?? 0;
  // Only client errors: a 5xx that mentions a key is the service's problem, not a verdict on the key.
  if (status < 400 || status >= 500) return undefined;
  if (status !== 429 && (failure.code === 'invalid_api_key' || WRONG_KEY.test(failure.message ?? '')))
    return { outcome: 'invalid_key' };
  if (NO_CREDIT.test(failure.message ?? '')) return { outcome: 'quota_exhausted' };
  return undefined;
}

export function classify(failure: Failure, quirks?: (failure: Failure) => Classified | undefined): Classified {
  if (failure.kind === 'timeout') return { outcome: 'timeout' };
  if (failure.kind === 'redirect') return redirected;
  // Quirks before the kind decides: a service may know why nothing answered (a local server not running).
  const known = quirks?.(failure);
  if (known) return known;
  if (failure.kind === 'connection') return { outcome: 'network_error' };
  if (failure.kind === 'unreadable') {
    return {
      outcome: 'provider_error',
      hint: `${failure.message ?? 'The answer was not a model list.'} If you set a custom address, check it.`,
    };
  }
  const meant = byMeaning(failure);
  if (meant) return meant;
  const status = failure.status ?? 0;
  if (status >= 300 && status < 400) return redirected;
  // A proxy between this computer and the service refused the request: the network, not the service.
  if (status === 407)
    return { outcome: 'network_error', hint: 'A proxy asks for a login; set up the proxy for this app.' };
  if (status === 401) return { outcome: 'invalid_key' };
  if (status === 402) return { outcome: 'quota_exhausted' };
  if (status === 403) return { outcome: 'permission_denied' };
  // Nothing at this path: the base URL is wrong (a missing `/v1`), not the service having a bad day.
  if (status === 404 || status === 405) return { outcome: 'wrong_address' };
  if (status === 429) return { outcome: 'rate_limited' };
  return { outcome: 'provider_error' };
}
