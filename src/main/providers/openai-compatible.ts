/**
 * Testers for APIs that speak OpenAI's protocol, through the official `openai` SDK: OpenAI itself,
 * DeepSeek (which documents that SDK with its own base URL) and custom services. The test lists
 * models — free, no tokens — and, where a service has one, reads its free account endpoint alongside
 * (DeepSeek's balance, OpenRouter's key). A custom service without one is asked the same list with a
 * deliberately wrong key: if that works too, the list proves nothing about the key (issue #15).
 *
 * The SDK is imported on first use, so starting the app loads none of it. Every option a user's
 * environment could otherwise fill in (OPENAI_BASE_URL, OPENAI_ORG_ID, …) is set explicitly.
 */
import { randomBytes } from 'node:crypto';
import { type Failure, fetchLevelFailure, header, parseRetryAfter } from './failure';
import { errorFacts, readModelList } from './model-list';
import type { AccountEndpoint, Probe, ProbeOptions, ProviderTester } from './types';

type OpenAiModule = typeof import('openai');

export interface CompatibleOptions {
  account?: AccountEndpoint;
  /** List models with a wrong key too: a service that answers it does not check keys. */
  compareWithWrongKey?: boolean;
  /** How a spend check caps its answer at one token: OpenAI's newer models refuse `max_tokens`. */
  outputCap?: 'max_tokens' | 'max_completion_tokens';
}

/** Begins every wrong key the app sends, so the fake servers in the tests can refuse it as a real service does. */
export const WRONG_KEY_PREFIX = 'sk-aikm-wrong-key-';
const wrongKey = () => WRONG_KEY_PREFIX + randomBytes(16).toString('hex');

/** An SDK call that failed, with the raw error body: the SDK keeps only `error` of it (xAI, Mistral lose their message). */
class AnsweredWithError extends Error {
  constructor(
    readonly original: unknown,
    readonly body: string | undefined,
  ) {
    super(original instanceof Error ? original.message : String(original), { cause: original });
    this.name = 'AnsweredWithError';
  }
}

function client(sdk: OpenAiModule, options: ProbeOptions, secret: string, fetch: typeof globalThis.fetch) {
  return new sdk.default({
    apiKey: secret,
    baseURL: options.baseUrl,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
    fetch,
  });
}

/** Runs one SDK call with `secret`, keeping the body of an error answer for `describe`. */
async function attempt<T>(
  sdk: OpenAiModule,
  options: ProbeOptions,
  secret: string,
  call: (api: ReturnType<typeof client>) => Promise<T>,
): Promise<T> {
  let errorBody: string | undefined;
  const base = options.fetch ?? ((input, init) => fetch(input, init));
  const keeping: typeof fetch = async (input, init) => {
    const response = await base(input, init);
    if (!response.ok)
      errorBody = await response
        .clone()
        .text()
        .catch(() => undefined);
    return response;
  };
  try {
    return await call(client(sdk, options, secret, keeping));
  } catch (error) {
    throw new AnsweredWithError(error, errorBody);
  }
}

function describeWith(sdk: OpenAiModule | undefined, error: unknown): Failure {
  if (error instanceof AnsweredWithError) {
    const failure = describeWith(sdk, error.original);
    if (failure.kind !== 'http') return failure;
    const facts = errorFacts(error.body);
    return {
      ...failure,
      message: facts.message ?? failure.message,
      code: facts.code ?? failure.code,
      type: facts.type ?? failure.type,
    };
  }
  if (!sdk) return fetchLevelFailure(error);
  if (error instanceof sdk.APIConnectionTimeoutError || error instanceof sdk.APIUserAbortError)
    return { kind: 'timeout' };
  if (error instanceof sdk.APIConnectionError) return { kind: 'connection', message: error.message };
  if (error instanceof sdk.APIError) {
    const body = (error.error ?? {}) as { message?: unknown };
    return {
      kind: 'http',
      status: error.status,
      code: error.code == null ? undefined : String(error.code),
      type: error.type ?? undefined,
      message: typeof body.message === 'string' ? body.message : error.message,
      requestId: error.requestID ?? undefined,
      retryAfterSeconds: parseRetryAfter(header(error.headers, 'retry-after')),
    };
  }
  return fetchLevelFailure(error);
}

export function createOpenAiCompatibleTester(settings: CompatibleOptions = {}): ProviderTester {
  let sdk: OpenAiModule | undefined;
  const describe = (error: unknown) => describeWith(sdk, error);
  const requestOf = (options: ProbeOptions) => ({
    signal: options.signal,
    timeout: options.timeoutMs,
    maxRetries: 0,
  });

  /** The same list asked with a key no service issued: accepted, or what the refusal said. */
  async function withWrongKey(loaded: OpenAiModule, options: ProbeOptions): Promise<NonNullable<Probe['wrongKey']>> {
    try {
      readModelList(await attempt(loaded, options, wrongKey(), (api) => api.get('/models', requestOf(options))));
      return { accepted: true };
    } catch (error) {
      return { accepted: false, failure: describe(error) };
    }
  }

  return {
    async probe(options): Promise<Probe> {
      const loaded = (sdk ??= await import('openai'));
      const request = requestOf(options);
      // The raw body, not `models.list()`: the SDK's page reads a bare array (Together) as no models.
      const listing = attempt(loaded, options, options.secret, (api) => api.get('/models', request).withResponse());
      // The account endpoint is read alongside the list, so a test costs one round trip, not two.
      const { account } = settings;
      const facts = account
        ? attempt(loaded, options, options.secret, (api) => api.get(account.path, request))
        : undefined;
      const [{ data, request_id }, raw] = await Promise.all([listing, facts]);
      const probe: Probe = { models: readModelList(data), requestId: request_id ?? undefined };
      if (account) {
        probe.balance = account.read(raw);
        if (account.provesKey) probe.verifiedBy = 'key_endpoint';
      } else if (settings.compareWithWrongKey) {
        probe.wrongKey = await withWrongKey(loaded, options);
      }
      return probe;
    },
    async spend(options, model) {
      const loaded = (sdk ??= await import('openai'));
      const cap = settings.outputCap ?? 'max_tokens';
      const body = { model, messages: [{ role: 'user' as const, content: 'Hi' }], [cap]: 1 };
      await attempt(loaded, options, options.secret, (api) =>
        api.chat.completions.create(
          body as Parameters<typeof api.chat.completions.create>[0] & { stream?: false },
          requestOf(options),
        ),
      );
    },
    describe,
  };
}
