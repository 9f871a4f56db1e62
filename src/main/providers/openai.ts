/**
 * OpenAI on the main side: the model list through the `openai` SDK, and what OpenAI's error codes and
 * messages mean. docs/PROVIDERS.md has the endpoints and error shapes.
 */
import type { Failure } from './failure';
import { createOpenAiCompatibleTester } from './openai-compatible';
import type { Classified, ProviderModule } from './types';

/** Codes (in `error.code` or `error.type`) of a 429 that is an empty wallet or a spending cap, not a rate limit. */
const quotaCodes = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
]);

const has = (text: string | undefined, pattern: RegExp) => pattern.test(text ?? '');

/** OpenAI's quirks; OpenAI-compatible services (custom keys) mostly mirror its error bodies, so they share them. */
export function classifyOpenAi(f: Failure): Classified | undefined {
  if (f.status === 401) {
    if (has(f.message, /insufficient permissions|missing scopes/i)) {
      return {
        outcome: 'permission_denied',
        hint: 'This restricted key lacks the "Models: Read" permission. Edit the key on the API keys page and allow it.',
      };
    }
    if (has(f.message, /IP not authorized/i))
      return { outcome: 'permission_denied', hint: "This computer's IP address is not on the project's allow-list." };
    if (has(f.message, /member of an organization/i))
      return { outcome: 'permission_denied', hint: "The key's account is not a member of an organization." };
    return { outcome: 'invalid_key' };
  }
  if (
    f.status === 403 &&
    (f.code === 'unsupported_country_region_territory' || has(f.message, /country|region|territory/i))
  ) {
    return {
      outcome: 'permission_denied',
      hint: 'OpenAI does not serve the country or region this request came from.',
    };
  }
  if (f.status === 429 && (quotaCodes.has(f.code ?? '') || quotaCodes.has(f.type ?? '')))
    return { outcome: 'quota_exhausted' };
  return undefined;
}

export const openai: ProviderModule = {
  baseUrl: 'https://api.openai.com/v1',
  createTester: () => createOpenAiCompatibleTester({ outputCap: 'max_completion_tokens' }),
  classify: classifyOpenAi,
  // OpenAI's own messages quote a key as "sk-proj-***…SJh4"; `*` and `.` are part of the token.
  keyLike: [/sk-[A-Za-z0-9_*.-]{6,}/g],
  spendModel: 'gpt-5.4-nano',
};
