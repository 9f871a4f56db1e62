/**
 * Turns a test's outcome into the words the user reads: what happened, what to do, and which
 * provider page helps. Kept apart from classification so the wording can change without touching it.
 */
import { type ProviderId, providers } from '../../shared/providers';
import type { LinkTarget } from '../../shared/providers';
import type { Outcome } from '../../shared/test-result';

export interface Wording {
  message: string;
  hint: string;
  link?: LinkTarget;
}

export function describeOutcome(
  outcome: Outcome,
  context: {
    provider: ProviderId;
    timeoutMs: number;
    retryAfterSeconds?: number;
    status?: number;
    modelCount?: number;
  },
): Wording {
  const name = providers[context.provider].label;
  switch (outcome) {
    case 'ok':
      return {
        message: `Connected. The key works and can see ${context.modelCount ?? 0} models.`,
        hint: 'Listing models is free: this test spent no tokens.',
      };
    case 'invalid_key':
      return {
        message: `${name} rejected this key: it is wrong, revoked or expired.`,
        hint: "Create a new key on the provider's key page, then add it here.",
        link: 'keys',
      };
    case 'permission_denied':
      return {
        message: 'The key is valid but is not allowed to do this.',
        hint: "Check the key's permissions and project on the provider's key page.",
        link: 'keys',
      };
    case 'quota_exhausted':
      return {
        message: 'The account is out of credit or has reached its spending limit.',
        hint: 'Add credit or raise the limit on the billing page; retrying will not help until then.',
        link: 'billing',
      };
    case 'rate_limited':
      return {
        message: `${name} is rate limiting this key right now.`,
        hint:
          context.retryAfterSeconds !== undefined
            ? `Wait about ${Math.ceil(context.retryAfterSeconds)} s and test again.`
            : 'Wait a minute and test again.',
      };
    case 'provider_error':
      return {
        message: `${name} had a problem answering${context.status ? ` (HTTP ${context.status})` : ''}. This is usually temporary.`,
        hint: "Try again in a few minutes, or check the provider's status page.",
      };
    case 'network_error':
      return {
        message: `Could not reach ${name}.`,
        hint: 'Check your internet connection, proxy or firewall.',
      };
    case 'timeout':
      return {
        message: `${name} did not answer within ${Math.round(context.timeoutMs / 1000)} s.`,
        hint: 'Try again; if it keeps happening, raise the test timeout in Settings.',
      };
  }
}
