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
import { KEY_IN_EACH_REQUEST, lazySdk } from './sdk-clients';
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

/** Error bodies by the headers object the SDK keeps in its error (`error.headers` is the response's own). */
const errorBodies = new WeakMap<Headers, string>();

/** The transport with the raw body of every error answer kept aside, for `describe` to read. */
function keepingErrorBodies(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.ok) {
      const body = await response
        .clone()
        .text()
        .catch(() => undefined);
      if (body !== undefined) errorBodies.set(response.headers, body);
    }
    return response;
  };
}

const openAiSdk = () =>
  lazySdk(
    () => import('openai'),
    (sdk, baseURL, fetch) =>
      new sdk.default({
        apiKey: KEY_IN_EACH_REQUEST,
        baseURL,
        organization: null,
        project: null,
        adminAPIKey: null,
        webhookSecret: null,
        maxRetries: 0,
        logLevel: 'off',
        fetch: keepingErrorBodies(fetch),
      }),
  );
type Clients = ReturnType<typeof openAiSdk>;
type Client = Awaited<ReturnType<Clients['client']>>['client'];

/** Runs one SDK call with the test's client, keeping the body of an error answer for `describe`. */
async function attempt<T>(sdk: Clients, options: ProbeOptions, call: (api: Client) => Promise<T>): Promise<T> {
  const { sdk: loaded, client } = await sdk.client(options);
  try {
    return await call(client);
  } catch (error) {
    const headers = error instanceof loaded.APIError ? error.headers : undefined;
    throw new AnsweredWithError(error, headers && errorBodies.get(headers));
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
  const sdk = openAiSdk();
  const describe = (error: unknown) => describeWith(sdk.loaded(), error);
  const requestOf = (options: ProbeOptions, secret = options.secret) => ({
    signal: options.signal,
    timeout: options.timeoutMs,
    maxRetries: 0,
    headers: { Authorization: `Bearer ${secret}` },
  });

  /** The same list asked with a key no service issued: accepted, or what the refusal said. */
  async function withWrongKey(options: ProbeOptions): Promise<NonNullable<Probe['wrongKey']>> {
    try {
      readModelList(await attempt(sdk, options, (api) => api.get('/models', requestOf(options, wrongKey()))));
      return { accepted: true };
    } catch (error) {
      return { accepted: false, failure: describe(error) };
    }
  }

  return {
    async probe(options): Promise<Probe> {
      const request = requestOf(options);
      // The raw body, not `models.list()`: the SDK's page reads a bare array (Together) as no models.
      const listing = attempt(sdk, options, (api) => api.get('/models', request).withResponse());
      // The account endpoint is read alongside the list, so a test costs one round trip, not two.
      const { account } = settings;
      const facts = account ? attempt(sdk, options, (api) => api.get(account.path, request)) : undefined;
      const [{ data, request_id }, raw] = await Promise.all([listing, facts]);
      const probe: Probe = { models: readModelList(data), requestId: request_id ?? undefined };
      if (account) {
        probe.balance = account.read(raw);
        if (account.provesKey) probe.verifiedBy = 'key_endpoint';
      } else if (settings.compareWithWrongKey) {
        probe.wrongKey = await withWrongKey(options);
      }
      return probe;
    },
    async spend(options, model) {
      const cap = settings.outputCap ?? 'max_tokens';
      const body = { model, messages: [{ role: 'user' as const, content: 'Hi' }], [cap]: 1 };
      await attempt(sdk, options, (api) =>
        api.chat.completions.create(
          body as Parameters<typeof api.chat.completions.create>[0] & { stream?: false },
          requestOf(options),
        ),
      );
    },
    describe,
  };
}
