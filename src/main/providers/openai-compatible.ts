/**
 * Testers for APIs that speak OpenAI's protocol, through the official `openai` SDK: OpenAI itself,
 * DeepSeek (which documents that SDK with its own base URL) and custom services. The test lists
 * models — free, no tokens — and, where a provider has one, reads its free balance endpoint alongside.
 *
 * The SDK is imported on first use, so starting the app loads none of it. Every option a user's
 * environment could otherwise fill in (OPENAI_BASE_URL, OPENAI_ORG_ID, …) is set explicitly.
 */
import { type Failure, NotAModelList, fetchLevelFailure, header, modelIds, parseRetryAfter } from './failure';
import type { Probe, ProbeOptions, ProviderTester } from './types';

type OpenAiModule = typeof import('openai');

/** A free endpoint that says whether the account has credit, the one way to see "out of credit" without a paid call. */
export interface BalanceEndpoint {
  /** Relative to the base URL, e.g. `/user/balance`. */
  path: string;
  /** The balance from the endpoint's body; throws NotAModelList when the body is not one. */
  read(body: unknown): NonNullable<Probe['balance']>;
}

async function client(sdk: OpenAiModule, options: ProbeOptions) {
  return new sdk.default({
    apiKey: options.secret,
    baseURL: options.baseUrl,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

function describeWith(sdk: OpenAiModule | undefined, error: unknown): Failure {
  if (!sdk) return fetchLevelFailure(error);
  if (error instanceof sdk.APIConnectionTimeoutError || error instanceof sdk.APIUserAbortError)
    return { kind: 'timeout' };
  if (error instanceof sdk.APIConnectionError) return { kind: 'connection', message: error.message };
  if (error instanceof sdk.APIError) {
    const body = (error.error ?? {}) as { message?: unknown };
    return {
      kind: 'http',
      status: error.status,
      code: error.code ?? undefined,
      type: error.type ?? undefined,
      message: typeof body.message === 'string' ? body.message : error.message,
      requestId: error.requestID ?? undefined,
      retryAfterSeconds: parseRetryAfter(header(error.headers, 'retry-after')),
    };
  }
  return fetchLevelFailure(error);
}

export function createOpenAiCompatibleTester(balanceEndpoint?: BalanceEndpoint): ProviderTester {
  let sdk: OpenAiModule | undefined;
  return {
    async probe(options): Promise<Probe> {
      sdk ??= await import('openai');
      const api = await client(sdk, options);
      const request = { signal: options.signal, timeout: options.timeoutMs, maxRetries: 0 };
      const listing = api.models.list(request).withResponse();
      // The balance is read alongside the list, so a test costs one round trip, not two.
      const balance = balanceEndpoint ? api.get(balanceEndpoint.path, request) : undefined;
      const [{ data: page, request_id }, raw] = await Promise.all([listing, balance]);
      if (page.object !== 'list') throw new NotAModelList();
      const models = modelIds(page.data);
      if (!balanceEndpoint) return { models, requestId: request_id ?? undefined };
      return { models, requestId: request_id ?? undefined, balance: balanceEndpoint.read(raw) };
    },
    describe: (error) => describeWith(sdk, error),
  };
}
