/**
 * OpenAI and DeepSeek, both through the official `openai` SDK (DeepSeek documents that SDK with its
 * own base URL). The test lists models — free, no tokens. DeepSeek also reads its free balance endpoint,
 * the one provider where "out of credit" can be seen without a paid call.
 *
 * The SDK is imported on first use, so starting the app loads none of it. Every option a user's
 * environment could otherwise fill in (OPENAI_BASE_URL, OPENAI_ORG_ID, …) is set explicitly.
 */
import { z } from 'zod';
import { type Failure, NotAModelList, fetchLevelFailure, header, modelIds, parseRetryAfter } from './failure';
import type { Probe, ProbeOptions, ProviderTester } from './types';

type OpenAiModule = typeof import('openai');

const balanceSchema = z.object({
  is_available: z.boolean(),
  balance_infos: z
    .array(z.object({ currency: z.string(), total_balance: z.union([z.string(), z.number()]) }))
    .default([]),
});

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
  if (error instanceof sdk.APIConnectionTimeoutError || error instanceof sdk.APIUserAbortError) return { kind: 'timeout' };
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

function createTester(withBalance: boolean): ProviderTester {
  let sdk: OpenAiModule | undefined;
  return {
    async probe(options): Promise<Probe> {
      sdk ??= await import('openai');
      const api = await client(sdk, options);
      const request = { signal: options.signal, timeout: options.timeoutMs, maxRetries: 0 };
      const listing = api.models.list(request).withResponse();
      // DeepSeek's balance is read alongside the list, so a test costs one round trip, not two.
      const balance = withBalance ? api.get('/user/balance', request) : undefined;
      const [{ data: page, request_id }, raw] = await Promise.all([listing, balance]);
      if (page.object !== 'list') throw new NotAModelList();
      const models = modelIds(page.data);
      if (!withBalance) return { models, requestId: request_id ?? undefined };
      const parsed = balanceSchema.safeParse(raw);
      if (!parsed.success) throw new NotAModelList();
      return {
        models,
        requestId: request_id ?? undefined,
        balance: {
          available: parsed.data.is_available,
          infos: parsed.data.balance_infos.map((b) => ({ currency: b.currency, total: String(b.total_balance) })),
        },
      };
    },
    describe: (error) => describeWith(sdk, error),
  };
}

export const createOpenAiTester = () => createTester(false);
export const createDeepSeekTester = () => createTester(true);
