/**
 * Turns a test's outcome into the words the user reads: what happened, what to do, and which
 * provider page helps. Kept apart from classification so the wording can change without touching it.
 * Messages name the service the user picked ("OpenRouter rejected this key"), never "custom".
 */
import { type ProviderId, providers } from '../../shared/providers';
import type { LinkTarget } from '../../shared/providers';
import type { Outcome } from '../../shared/test-result';

export interface Wording {
  message: string;
  hint: string;
  link?: LinkTarget;
}

export interface WordingContext {
  provider: ProviderId;
  timeoutMs: number;
  /** The name the user knows the service by; the catalog label when absent. */
  service?: string;
  /** A preset's real base URL, quoted when the address is wrong. */
  expectedBaseUrl?: string;
  retryAfterSeconds?: number;
  status?: number;
  modelCount?: number;
  /** The model the key was tested with, for "cannot use model X". */
  model?: string;
}

/** Where a wrong address's hint points: the preset's real address, the usual `/v1`, or an app update. */
function addressHint(context: WordingContext, name: string): string {
  if (context.provider !== 'custom')
    return `${name}'s API did not recognise the request: the app's address for it may be out of date.`;
  if (context.expectedBaseUrl) return `Check the base URL: ${name}'s API is at ${context.expectedBaseUrl}.`;
  return 'Check the base URL: OpenAI-compatible APIs usually end in /v1 (e.g. https://…/v1).';
}

export function describeOutcome(outcome: Outcome, context: WordingContext): Wording {
  const name = context.service ?? providers[context.provider].label;
  // Only built-in providers have key and billing pages on the allow-list.
  const page = (link: LinkTarget) => (context.provider === 'custom' ? {} : { link });
  switch (outcome) {
    case 'ok':
      return {
        message: `Connected. The key works and can see ${context.modelCount ?? 0} models.`,
        hint: 'Listing models is free: this test spent no tokens.',
      };
    case 'model_unavailable':
      return {
        message: `Works — but the key cannot use the model "${context.model ?? ''}".`,
        hint: `Choose one of the ${context.modelCount ?? 0} models it can use (Details), or enable the model for its project.`,
      };
    case 'unverified':
      return {
        message: `${name} does not check keys when listing models; the key could not be verified.`,
        hint: 'It lists models for any key, so a wrong key would look the same. Turn on the spend check to prove it with one tiny request.',
      };
    case 'no_key_needed':
      return {
        message: `${name} works and needs no key: it answers any key.`,
        hint: 'A local server without keys has nothing to verify.',
      };
    case 'wrong_address':
      return {
        message: `Nothing answered at this address${context.status ? ` (HTTP ${context.status})` : ''}.`,
        hint: addressHint(context, name),
      };
    case 'invalid_key':
      return {
        message: `${name} rejected this key: it is wrong, revoked or expired.`,
        // A stored key is replaced in place (its history stays), not added a second time.
        hint: "Create a new key on the provider's key page, then use Re-enter… to put it in this key's place.",
        ...page('keys'),
      };
    case 'permission_denied':
      return {
        message: 'The key is valid but is not allowed to do this.',
        hint: "Check the key's permissions and project on the provider's key page.",
        ...page('keys'),
      };
    case 'quota_exhausted':
      return {
        message: 'The account is out of credit or has reached its spending limit.',
        hint: 'Add credit or raise the limit on the billing page; retrying will not help until then.',
        ...page('billing'),
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
