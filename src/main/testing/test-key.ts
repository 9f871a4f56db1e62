/**
 * One key test: list the provider's models with the key, time it, and turn success or failure into a
 * TestResult. The test ends by the timeout even if an SDK ignores the abort signal, and a cancelled test
 * yields no result (the key keeps its previous one).
 */
import type { ProviderId } from '../../shared/providers';
import type { TestResult } from '../../shared/test-result';
import { classify } from '../providers/classify';
import { describeOutcome } from '../providers/diagnosis';
import { type Failure, causeOf, causedBy } from '../providers/failure';
import { RedirectRefused, ResponseTooLarge } from './guarded-fetch';
import { admit, guardTester } from './provider-answer';
import type { ProviderEntry } from '../providers/registry';

export interface TestKeyOptions {
  provider: ProviderId;
  entry: ProviderEntry;
  secret: string;
  model: string;
  timeoutMs: number;
  cancel: AbortSignal;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** Rejects as soon as `signal` aborts, whatever `work` does. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Aliases ("claude-haiku-4-5") match the dated ids providers list ("claude-haiku-4-5-20251001",
 * "gpt-4o-2024-08-06"), and nothing else: "gpt-5.4" is not "gpt-5.4-mini".
 */
export function listsModel(models: readonly string[], model: string): boolean {
  return models.some(
    (m) => m === model || (m.startsWith(`${model}-`) && /^(\d{8}|\d{4}-\d{2}-\d{2})$/.test(m.slice(model.length + 1))),
  );
}

/** The guarded fetch refused a redirect: the same diagnosis on Node's fetch and on net.fetch. */
function redirectOf(error: unknown): Failure | undefined {
  const refused = causeOf(error, RedirectRefused);
  return refused && { kind: 'redirect', ...(refused.status ? { status: refused.status } : {}) };
}

export async function testKey(options: TestKeyOptions): Promise<TestResult | null> {
  const { provider, entry, secret, model, timeoutMs, cancel, now = () => new Date() } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([cancel, timeout]);
  const started = performance.now();
  const context = { provider, timeoutMs };
  // Every result, success or failure, is admitted (clamped, checked against the contract) here.
  const finish = (fields: Omit<TestResult, 'latencyMs' | 'testedAt' | 'model'>): TestResult =>
    admit(
      { ...fields, model, latencyMs: Math.round(performance.now() - started), testedAt: now().toISOString() },
      context,
    );
  // What the provider says reaches this function only through the redactor of this key.
  const tester = guardTester(entry.tester, secret);

  try {
    const probe = await untilAborted(
      tester.probe({
        secret,
        baseUrl: entry.baseUrl,
        signal,
        timeoutMs,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
      signal,
    );
    const models = [...new Set(probe.models)];
    const common = {
      models,
      ...(probe.requestId ? { requestId: probe.requestId } : {}),
      ...(probe.balance ? { balance: probe.balance.infos } : {}),
    };
    if (probe.balance && !probe.balance.available) {
      return finish({ outcome: 'quota_exhausted', ...describeOutcome('quota_exhausted', context), ...common });
    }
    if (model && !listsModel(models, model)) {
      return finish({
        outcome: 'permission_denied',
        ...describeOutcome('permission_denied', context),
        message: `The key works, but cannot use the model "${model}".`,
        hint: 'Choose a model from the list this key can see, or enable the model for its project.',
        ...common,
      });
    }
    return finish({ outcome: 'ok', ...describeOutcome('ok', { ...context, modelCount: models.length }), ...common });
  } catch (error) {
    if (cancel.aborted) return null;
    const failure: Failure = timeout.aborted
      ? { kind: 'timeout' }
      : causedBy(error, ResponseTooLarge)
        ? { kind: 'unreadable', message: 'The answer was far larger than a model list.' }
        : (redirectOf(error) ?? tester.describe(error));
    const { outcome, hint } = classify(provider, failure);
    const wording = describeOutcome(outcome, {
      ...context,
      retryAfterSeconds: failure.retryAfterSeconds,
      status: failure.status,
    });
    return finish({
      outcome,
      ...wording,
      ...(hint ? { hint } : {}),
      ...(failure.message ? { detail: failure.message } : {}),
      models: [],
      ...(failure.requestId ? { requestId: failure.requestId } : {}),
      ...(failure.status ? { httpStatus: failure.status } : {}),
      ...(failure.retryAfterSeconds !== undefined ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
    });
  }
}
