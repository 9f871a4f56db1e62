/**
 * Google Gemini on the main side, through `@google/genai` (the deprecated `@google/generative-ai`
 * cannot list models), and what Google's error reasons mean. `vertexai: false`, the API key, version
 * and base URL are explicit so GOOGLE_GENAI_* variables in the user's environment cannot redirect the
 * test; retries stay off (the SDK has none unless asked).
 */
import { z } from 'zod';
import { type Failure, fetchLevelFailure, modelIds, parseRetryAfter } from './failure';
import { KEY_IN_EACH_REQUEST, lazySdk } from './sdk-clients';
import type { Classified, Probe, ProbeOptions, ProviderModule, ProviderTester } from './types';

type GenAiModule = typeof import('@google/genai/web');

const MAX_PAGES = 5;
export const GEMINI_API_VERSION = 'v1beta';

/** Google's error body: `{ error: { code, message, status, details: [ErrorInfo | RetryInfo | …] } }`. */
const googleErrorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z
      .array(
        z.looseObject({
          '@type': z.string().optional(),
          reason: z.string().optional(),
          retryDelay: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

function parseGoogleError(text: string): z.infer<typeof googleErrorSchema>['error'] | undefined {
  try {
    return googleErrorSchema.parse(JSON.parse(text)).error;
  } catch {
    return undefined;
  }
}

function describeWith(sdk: GenAiModule | undefined, error: unknown): Failure {
  // The SDK throws ApiError for 4xx/5xx, but a plain Error with the same JSON message for other
  // statuses (e.g. a 302), so the body is what identifies an HTTP failure.
  const body = error instanceof Error ? parseGoogleError(error.message) : undefined;
  const status = sdk && error instanceof sdk.ApiError ? error.status : body?.code;
  if (status !== undefined && error instanceof Error) {
    const details = body?.details ?? [];
    return {
      kind: 'http',
      status,
      code: details.find((d) => d.reason)?.reason,
      type: body?.status,
      message: body?.message || error.message,
      retryAfterSeconds: parseRetryAfter(details.find((d) => d.retryDelay)?.retryDelay),
    };
  }
  // The SDK lets fetch's own errors through: AbortError on timeout, TypeError on a network failure.
  return fetchLevelFailure(error);
}

function createGeminiTester(): ProviderTester {
  const sdk = lazySdk(
    // The SDK's platform-neutral build: the same client over fetch, without the Node build's Google Cloud
    // sign-in (google-auth-library), which an API key never uses and which made loading it block the main
    // process about four times longer the first time a Gemini key is tested (125–144 ms against 32–36 ms).
    () => import('@google/genai/web'),
    (loaded, baseUrl, fetch) =>
      new loaded.GoogleGenAI({
        vertexai: false,
        apiKey: KEY_IN_EACH_REQUEST,
        apiVersion: GEMINI_API_VERSION,
        httpOptions: { baseUrl, apiVersion: GEMINI_API_VERSION, fetch },
      }),
  );
  const client = async (options: ProbeOptions) => (await sdk.client(options)).client;
  /** The key in this request's own header: the SDK adds its client-level key only where none is set. */
  const configOf = (options: ProbeOptions) => ({
    abortSignal: options.signal,
    httpOptions: { timeout: options.timeoutMs, headers: { 'x-goog-api-key': options.secret } },
  });
  return {
    async probe(options): Promise<Probe> {
      const ai = await client(options);
      const pager = await ai.models.list({ config: { pageSize: 1000, ...configOf(options) } });
      const models = modelIds(pager.page, 'name');
      for (let n = 1; n < MAX_PAGES && pager.hasNextPage(); n++)
        models.push(...modelIds(await pager.nextPage(), 'name'));
      return { models: models.map((name) => name.replace(/^models\//, '')) };
    },
    async spend(options, model) {
      const ai = await client(options);
      await ai.models.generateContent({ model, contents: 'Hi', config: { maxOutputTokens: 1, ...configOf(options) } });
    },
    describe: (error) => describeWith(sdk.loaded(), error),
  };
}

function classifyGemini(f: Failure): Classified | undefined {
  const says = (pattern: RegExp) => pattern.test(f.message ?? '');
  // Google answers a wrong key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID), not 401.
  if (f.status === 400 && (f.code === 'API_KEY_INVALID' || says(/API key not valid/i)))
    return { outcome: 'invalid_key' };
  if (f.status === 400 && f.type === 'FAILED_PRECONDITION') {
    return {
      outcome: 'permission_denied',
      hint: 'The free tier is not available in your region; enable billing for the project.',
    };
  }
  if (f.status === 401) {
    const hint =
      f.code === 'ACCESS_TOKEN_TYPE_UNSUPPORTED'
        ? 'Google no longer accepts this kind of key here. Create a new key in AI Studio (it starts with "AQ.").'
        : undefined;
    return { outcome: 'invalid_key', ...(hint ? { hint } : {}) };
  }
  if (f.status === 403 && says(/reported as leaked/i)) {
    return {
      outcome: 'invalid_key',
      hint: 'Google blocked this key because it was published. Delete it in AI Studio and create a new one.',
    };
  }
  if (f.status === 429 && says(/prepayment credits|prepay/i)) return { outcome: 'quota_exhausted' };
  return undefined;
}

export const gemini: ProviderModule = {
  baseUrl: 'https://generativelanguage.googleapis.com',
  createTester: createGeminiTester,
  classify: classifyGemini,
  // `AIza…` keys, and the `AQ.…` keys AI Studio issues since 2026.
  keyLike: [/AIza[A-Za-z0-9_-]{6,}/g, /\b[AI]Q\.[A-Za-z0-9_.-]{6,}/g],
  spendModel: 'gemini-3.5-flash-lite',
};
