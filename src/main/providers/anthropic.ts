/**
 * Anthropic through `@anthropic-ai/sdk`: list models (free). Since SDK 1.x the key may also be read
 * from a credentials file or ANTHROPIC_AUTH_TOKEN; both are shut out by passing apiKey and a null
 * authToken explicitly.
 */
import { type Failure, NotAModelList, fetchLevelFailure, header, modelIds, parseRetryAfter } from './failure';
import type { Probe, ProviderTester } from './types';

type AnthropicModule = typeof import('@anthropic-ai/sdk');

/** Enough pages for every model Anthropic lists, with a bound against a server that never ends. */
const MAX_PAGES = 5;

function describeWith(sdk: AnthropicModule | undefined, error: unknown): Failure {
  if (!sdk) return fetchLevelFailure(error);
  if (error instanceof sdk.APIConnectionTimeoutError || error instanceof sdk.APIUserAbortError) return { kind: 'timeout' };
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

export function createAnthropicTester(): ProviderTester {
  let sdk: AnthropicModule | undefined;
  return {
    async probe(options): Promise<Probe> {
      sdk ??= await import('@anthropic-ai/sdk');
      const api = new sdk.default({
        apiKey: options.secret,
        authToken: null,
        baseURL: options.baseUrl,
        maxRetries: 0,
        timeout: options.timeoutMs,
        logLevel: 'off',
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      const request = { signal: options.signal, timeout: options.timeoutMs, maxRetries: 0 };
      const first = await api.models.list({ limit: 1000 }, request).withResponse();
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
    describe: (error) => describeWith(sdk, error),
  };
}
