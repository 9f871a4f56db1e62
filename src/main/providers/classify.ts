/**
 * What a provider's failure means, provider by provider (the bodies and cases: docs/PROVIDERS.md). Order
 * matters: the tell-tale codes and messages that turn a 401 into a permission problem, or a 429 into
 * an empty wallet, are checked before the status alone decides.
 */
import type { ProviderId } from '../../shared/providers';
import type { Outcome } from '../../shared/test-result';
import type { Failure } from './failure';

export interface Classified {
  outcome: Exclude<Outcome, 'ok'>;
  /** A more specific fix than the outcome's general one, when the provider told us enough. */
  hint?: string;
}

const openAiQuotaCodes = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
]);
const anthropicQuotaCodes = new Set(['enforced_spend_limit_reached', 'contract_spend_limit_reached', 'linked_organization_spend_limit_reached']);

const has = (text: string | undefined, pattern: RegExp) => pattern.test(text ?? '');

function openAi(f: Failure): Classified | undefined {
  if (f.status === 401) {
    if (has(f.message, /insufficient permissions|missing scopes/i)) {
      return { outcome: 'permission_denied', hint: 'This restricted key lacks the "Models: Read" permission. Edit the key on the API keys page and allow it.' };
    }
    if (has(f.message, /IP not authorized/i)) return { outcome: 'permission_denied', hint: "This computer's IP address is not on the project's allow-list." };
    if (has(f.message, /member of an organization/i)) return { outcome: 'permission_denied', hint: 'The key\'s account is not a member of an organization.' };
    return { outcome: 'invalid_key' };
  }
  if (f.status === 403 && (f.code === 'unsupported_country_region_territory' || has(f.message, /country|region|territory/i))) {
    return { outcome: 'permission_denied', hint: 'OpenAI does not serve the country or region this request came from.' };
  }
  if (f.status === 429 && (openAiQuotaCodes.has(f.code ?? '') || openAiQuotaCodes.has(f.type ?? ''))) return { outcome: 'quota_exhausted' };
  return undefined;
}

function anthropic(f: Failure): Classified | undefined {
  if (f.status === 401 && has(f.message, /^CORS requests are not allowed/i)) return { outcome: 'permission_denied' };
  if (f.status === 400 && has(f.message, /credit balance is too low|spend limit/i)) return { outcome: 'quota_exhausted' };
  if (f.status === 429 && anthropicQuotaCodes.has(f.code ?? '')) return { outcome: 'quota_exhausted' };
  return undefined;
}

function gemini(f: Failure): Classified | undefined {
  if (f.status === 400 && (f.code === 'API_KEY_INVALID' || has(f.message, /API key not valid/i))) return { outcome: 'invalid_key' };
  if (f.status === 400 && f.type === 'FAILED_PRECONDITION') {
    return { outcome: 'permission_denied', hint: 'The free tier is not available in your region; enable billing for the project.' };
  }
  if (f.status === 401) {
    const hint =
      f.code === 'ACCESS_TOKEN_TYPE_UNSUPPORTED'
        ? 'Google no longer accepts this kind of key here. Create a new key in AI Studio (it starts with "AQ.").'
        : undefined;
    return { outcome: 'invalid_key', ...(hint ? { hint } : {}) };
  }
  if (f.status === 403 && has(f.message, /reported as leaked/i)) {
    return { outcome: 'invalid_key', hint: 'Google blocked this key because it was published. Delete it in AI Studio and create a new one.' };
  }
  if (f.status === 429 && has(f.message, /prepayment credits|prepay/i)) return { outcome: 'quota_exhausted' };
  return undefined;
}

const specific: Record<ProviderId, (f: Failure) => Classified | undefined> = {
  openai: openAi,
  deepseek: () => undefined,
  anthropic,
  gemini,
  // OpenAI-compatible services mostly mirror OpenAI's error bodies.
  custom: openAi,
};

const redirected: Classified = {
  outcome: 'provider_error',
  hint: 'The address answered with a redirect, which the app does not follow: the key would go elsewhere.',
};

export function classify(provider: ProviderId, failure: Failure): Classified {
  if (failure.kind === 'timeout') return { outcome: 'timeout' };
  if (failure.kind === 'redirect') return redirected;
  if (failure.kind === 'connection') return { outcome: 'network_error' };
  if (failure.kind === 'unreadable') {
    return { outcome: 'provider_error', hint: `${failure.message ?? 'The answer was not a model list.'} If you set a custom address, check it.` };
  }
  const known = specific[provider](failure);
  if (known) return known;
  const status = failure.status ?? 0;
  if (status >= 300 && status < 400) return redirected;
  if (status === 401) return { outcome: 'invalid_key' };
  if (status === 402) return { outcome: 'quota_exhausted' };
  if (status === 403) return { outcome: 'permission_denied' };
  if (status === 429) return { outcome: 'rate_limited' };
  return { outcome: 'provider_error' };
}
