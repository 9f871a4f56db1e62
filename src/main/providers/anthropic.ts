/**
 * Anthropic on the main side, through `@anthropic-ai/sdk`: list models (free), and what Anthropic's
 * error types and messages mean. Since SDK 1.x the key may also be read from a credentials file or
 * ANTHROPIC_AUTH_TOKEN; both are shut out by passing apiKey and a null authToken explicitly.
 */
import { type Failure, NotAModelList, fetchLevelFailure, header, modelIds, parseRetryAfter } from './failure';
import { KEY_IN_EACH_REQUEST, lazySdk } from './sdk-clients';
import type { Classified, Probe, ProbeOptions, ProviderModule, ProviderTester } from './types';

type AnthropicModule = typeof import('@anthropic-ai/sdk');

/** Enough pages for every model Anthropic lists, with a bound against a server that never ends. */
const MAX_PAGES = 5;

function describeWith(sdk: AnthropicModule | undefined, error: unknown): Failure {
  if (!sdk) return fetchLevelFailure(error);
  if (error instanceof sdk.APIConnectionTimeoutError || error instanceof sdk.APIUserAbortError)
    return { kind: 'timeout' };
  if (error instanceof sdk.APIConnectionError) return { kind: 'connection', message: error.message };
  if (error instanceof sdk.APIError) {
    const body = (error.error ?? {}) as { error?: { type?: unknown; message?: unknown } };
    const inner = body.error ?? {};
    return {
      kind: 'http',
      status: error.status,
      code: error.errorCode ?? undefined,
      type: typeof inner.type === 'string' ? inner.type : (error.type ?? undefined),
      message: typeof inner.message === 'string' ? inner.message : error.message,
      requestId: error.requestID ?? undefined,
      retryAfterSeconds: parseRetryAfter(header(error.headers, 'retry-after')),
    };
  }
  return fetchLevelFailure(error);
}

function createAnthropicTester(): ProviderTester {
  const sdk = lazySdk(
    () => import('@anthropic-ai/sdk'),
    (loaded, baseURL, fetch) =>
      new loaded.default({
        apiKey: KEY_IN_EACH_REQUEST,
        authToken: null,
        baseURL,
        maxRetries: 0,
        logLevel: 'off',
        fetch,
      }),
  );
  const client = async (options: ProbeOptions) => (await sdk.client(options)).client;
  const requestOf = (options: ProbeOptions) => ({
    signal: options.signal,
    timeout: options.timeoutMs,
    maxRetries: 0,
    // The header this SDK sends its own key in: a request's headers come last, so this one replaces the placeholder.
    headers: { Authorization: `Bearer ${options.secret}` },
  });
  return {
    async probe(options): Promise<Probe> {
      const api = await client(options);
      const first = await api.models.list({ limit: 1000 }, requestOf(options)).withResponse();
      // The SDK turns any non-JSON answer into an empty page; a web page at a wrong URL is not "zero models".
      if (!/json/i.test(first.response.headers.get('content-type') ?? '')) throw new NotAModelList();
      let page = first.data;
      const models = modelIds(page.data);
      for (let n = 1; n < MAX_PAGES && page.hasNextPage(); n++) {
        page = await page.getNextPage();
        models.push(...modelIds(page.data));
      }
      return { models, requestId: first.request_id ?? header(first.response.headers, 'request-id') };
    },
    async spend(options, model) {
      const api = await client(options);
      await api.messages.create(
        { model, max_tokens: 1, messages: [{ role: 'user', content: 'Hi' }] },
        requestOf(options),
      );
    },
    describe: (error) => describeWith(sdk.loaded(), error),
  };
}

/** `error.details.error_code` of a 429 that is a spending cap, not a rate limit. */
const quotaCodes = new Set([
  'enforced_spend_limit_reached',
  'contract_spend_limit_reached',
  'linked_organization_spend_limit_reached',
]);

function classifyAnthropic(f: Failure): Classified | undefined {
  const says = (pattern: RegExp) => pattern.test(f.message ?? '');
  // Anthropic refuses browser-style requests with a 401: the key may be fine, the request shape is not.
  if (f.status === 401 && says(/^CORS requests are not allowed/i)) return { outcome: 'permission_denied' };
  // An empty credit balance sometimes arrives as a 400 invalid_request_error rather than a 402.
  if (f.status === 400 && says(/credit balance is too low|spend limit/i)) return { outcome: 'quota_exhausted' };
  if (f.status === 429 && quotaCodes.has(f.code ?? '')) return { outcome: 'quota_exhausted' };
  return undefined;
}

export const anthropic: ProviderModule = {
  baseUrl: 'https://api.anthropic.com',
  createTester: createAnthropicTester,
  classify: classifyAnthropic,
  // `sk-ant-…` keys; the generic `sk-` shape covers them and the other providers' keys alike.
  keyLike: [/sk-[A-Za-z0-9_*.-]{6,}/g],
  spendModel: 'claude-haiku-4-5',
};
