/**
 * One key test: list the provider's models with the key, time it, judge what the answer proves about the
 * key (verdict.ts), and turn success or failure into a TestResult. The test ends by the timeout even if
 * an SDK ignores the abort signal, and a cancelled test yields no result (the key keeps its previous one).
 */
import type { ProviderId } from '../../shared/providers';
import type { TestResult } from '../../shared/test-result';
import { classify } from '../providers/classify';
import { type WordingContext, describeOutcome } from '../providers/diagnosis';
import { type Failure, causeOf, causedBy } from '../providers/failure';
import type { ProbeOptions, ProviderTester } from '../providers/types';
import { RedirectRefused, ResponseTooLarge } from './guarded-fetch';
import { admit, guardTester } from './provider-answer';
import type { ProviderEntry } from '../providers/registry';
import { type SpendResult, judge, okWording } from './verdict';

export interface TestKeyOptions {
  provider: ProviderId;
  entry: ProviderEntry;
  secret: string;
  model: string;
  timeoutMs: number;
  cancel: AbortSignal;
  fetch?: typeof fetch;
  now?: () => Date;
  /** The key's opt-in: also make one request of one output token, to see that the account can spend. */
  spendCheck?: boolean;
}

/**
 * One signal for the test: aborted by `cancel` or after `timeoutMs`. Released when the test ends, so no
 * timer outlives it (AbortSignal.timeout's would: a test-all left a thousand to fire 15 s later).
 */
function deadline(cancel: AbortSignal, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The key test timed out.', 'TimeoutError'));
  }, timeoutMs);
  timer.unref?.(); // as AbortSignal.timeout's: a test in flight never keeps a process alive
  const onCancel = () => controller.abort(cancel.reason);
  if (cancel.aborted) onCancel();
  else cancel.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release: () => {
      clearTimeout(timer);
      cancel.removeEventListener('abort', onCancel);
    },
  };
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

/** The model a spend check asks: the key's own when listed, else the provider's cheapest when listed. */
function spendModelOf(entry: ProviderEntry, models: readonly string[], model: string): string | undefined {
  if (model && listsModel(models, model)) return model;
  return entry.spendModel && listsModel(models, entry.spendModel) ? entry.spendModel : undefined;
}

async function spendOnce(tester: ProviderTester, probe: ProbeOptions, model: string | undefined): Promise<SpendResult> {
  if (!tester.spend) return { ran: false, reason: 'This provider has no spend check; its balance is read for free.' };
  if (!model) return { ran: false, reason: 'Choose a model for this key to run the spend check.' };
  try {
    await untilAborted(tester.spend(probe, model), probe.signal);
    return { ran: true };
  } catch (error) {
    if (probe.signal.aborted) throw error; // cancel or timeout: the whole test ends as such
    return { ran: false, failure: tester.describe(error) };
  }
}

export async function testKey(options: TestKeyOptions): Promise<TestResult | null> {
  const { provider, entry, secret, model, timeoutMs, cancel, now = () => new Date() } = options;
  const { signal, timedOut, release } = deadline(cancel, timeoutMs);
  const started = performance.now();
  const context: WordingContext = {
    provider,
    timeoutMs,
    service: entry.service,
    ...(entry.expectedBaseUrl ? { expectedBaseUrl: entry.expectedBaseUrl } : {}),
  };
  // Every result, success or failure, is admitted (clamped, checked against the contract) here.
  const finish = (fields: Omit<TestResult, 'latencyMs' | 'testedAt' | 'model'>): TestResult =>
    admit(
      { ...fields, model, latencyMs: Math.round(performance.now() - started), testedAt: now().toISOString() },
      context,
    );
  /** The fields a failure adds: its diagnosis, the provider's words, status and request id. */
  const failed = (failure: Failure) => {
    const { outcome, hint } = classify(failure, entry.quirks);
    const wording = describeOutcome(outcome, {
      ...context,
      retryAfterSeconds: failure.retryAfterSeconds,
      status: failure.status,
    });
    return {
      outcome,
      ...wording,
      ...(hint ? { hint } : {}),
      ...(failure.message ? { detail: failure.message } : {}),
      ...(failure.requestId ? { requestId: failure.requestId } : {}),
      ...(failure.status ? { httpStatus: failure.status } : {}),
      ...(failure.retryAfterSeconds !== undefined ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
    };
  };
  // What the provider says reaches this function only through the redactor of this key.
  const tester = guardTester(entry.tester, secret);
  const probeOptions: ProbeOptions = {
    secret,
    baseUrl: entry.baseUrl,
    signal,
    timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };

  try {
    const probe = await untilAborted(tester.probe(probeOptions), signal);
    const models = [...new Set(probe.models)];
    const listed = !model || listsModel(models, model);
    const broke = probe.balance && !probe.balance.available;
    // Never without the key's opt-in (scheduled runs included): it costs a fraction of a cent.
    const spend =
      options.spendCheck && !broke
        ? await spendOnce(tester, probeOptions, spendModelOf(entry, models, model))
        : undefined;
    const verdict = judge(probe, entry, { model, listed, spend });
    const common = {
      models,
      ...(probe.requestId ? { requestId: probe.requestId } : {}),
      ...(probe.balance ? { balance: probe.balance.infos } : {}),
      ...(verdict.verifiedBy ? { verifiedBy: verdict.verifiedBy } : {}),
    };
    const note = (hint: string) => (verdict.note ? `${hint} ${verdict.note}` : hint);
    if (verdict.failure) {
      const words = failed(verdict.failure);
      return finish({ ...words, hint: note(words.hint), ...common });
    }
    const wordingContext = { ...context, modelCount: models.length, model };
    const words =
      (verdict.outcome === 'ok' ? okWording(verdict.verifiedBy, wordingContext) : undefined) ??
      describeOutcome(verdict.outcome, wordingContext);
    return finish({ outcome: verdict.outcome, ...words, hint: note(words.hint), ...common });
  } catch (error) {
    if (cancel.aborted) return null;
    const failure: Failure = timedOut()
      ? { kind: 'timeout' }
      : causedBy(error, ResponseTooLarge)
        ? { kind: 'unreadable', message: 'The answer was far larger than a model list.' }
        : (redirectOf(error) ?? tester.describe(error));
    return finish({ ...failed(failure), models: [] });
  } finally {
    release();
  }
}
