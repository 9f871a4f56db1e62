/**
 * Google Gemini through `@google/genai` (the deprecated `@google/generative-ai` cannot list models).
 * `vertexai: false`, the API key, version and base URL are explicit so GOOGLE_GENAI_* variables in the
 * user's environment cannot redirect the test; retries stay off (the SDK has none unless asked).
 */
import { z } from 'zod';
import { type Failure, fetchLevelFailure, modelIds, parseRetryAfter } from './failure';
import type { Probe, ProviderTester } from './types';

type GenAiModule = typeof import('@google/genai');

const MAX_PAGES = 5;
export const GEMINI_API_VERSION = 'v1beta';

/** Google's error body: `{ error: { code, message, status, details: [ErrorInfo | RetryInfo | …] } }`. */
const googleErrorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z.array(z.looseObject({ '@type': z.string().optional(), reason: z.string().optional(), retryDelay: z.string().optional() })).optional(),
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

export function createGeminiTester(): ProviderTester {
  let sdk: GenAiModule | undefined;
  return {
    async probe(options): Promise<Probe> {
      sdk ??= await import('@google/genai');
      const ai = new sdk.GoogleGenAI({
        vertexai: false,
        apiKey: options.secret,
        apiVersion: GEMINI_API_VERSION,
        httpOptions: {
          baseUrl: options.baseUrl,
          apiVersion: GEMINI_API_VERSION,
          timeout: options.timeoutMs,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        },
      });
      const pager = await ai.models.list({ config: { pageSize: 1000, abortSignal: options.signal } });
      const models = modelIds(pager.page, 'name');
      for (let n = 1; n < MAX_PAGES && pager.hasNextPage(); n++) models.push(...modelIds(await pager.nextPage(), 'name'));
      return { models: models.map((name) => name.replace(/^models\//, '')) };
    },
    describe: (error) => describeWith(sdk, error),
  };
}
