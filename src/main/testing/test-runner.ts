/**
 * Runs key tests for the app: one at a time per key (a second request joins the running one), at most
 * PER_PROVIDER_LIMIT key tests in flight per provider, with "test all", progress and cancel. Results are stored
 * with the key through the vault; the secret is lent by the vault for the duration of one request.
 */
import type { KeySummary } from '../../shared/keys';
import type { ProviderId } from '../../shared/providers';
import { providerIds } from '../../shared/providers';
import type { Outcome, TestProgress, TestResult } from '../../shared/test-result';
import { type ProviderRegistry, entryFor } from '../providers/registry';
import type { Vault } from '../vault/vault';
import { guardedFetch } from './guarded-fetch';
import { type Limiter, createLimiter } from './limiter';
import { testKey } from './test-key';

export const PER_PROVIDER_LIMIT = 8;

/** Who asked for a test: the user (window, tray) or the scheduled check. Results say which. */
export type TestOrigin = 'user' | 'schedule';

export interface TestRunnerOptions {
  vault: Vault;
  registry: ProviderRegistry;
  timeoutMs: () => Promise<number>;
  /** A key started (true) or finished (false) testing. */
  onChange: (id: string, testing: boolean) => void;
  onProgress: (progress: TestProgress) => void;
  /**
   * A result was stored: the outcome before it (undefined for a first test), the new one, and who
   * asked for the test (a request that joined a running test shares that test's origin).
   */
  /** `key` as it was when the test began (its name for the audit line, its summary for an alert). */
  onResult?: (key: KeySummary, previous: Outcome | undefined, result: TestResult, origin: TestOrigin) => void;
  fetch?: typeof fetch;
}

export interface TestRunner {
  /** Tests one key; resolves when its result is stored (or it was cancelled). */
  test(id: string, origin?: TestOrigin): Promise<void>;
  /** Starts testing every key unless a run is going (then joins it); answers with the progress so far. */
  testAll(origin?: TestOrigin): Promise<TestProgress>;
  /** Cancels running and queued tests; answers how many were cancelled. */
  cancelAll(): number;
  isTesting(id: string): boolean;
  /** Resolves with the final progress when the running test-all ends (at once when none runs). */
  testAllDone(): Promise<TestProgress>;
  /** Tests a secret that is not stored (yet): a rotation's new key. Null if cancelled. */
  testSecret(
    key: {
      provider: ProviderId;
      model: string;
      endpoint: { baseUrl: string; name?: string } | null;
      spendCheck?: boolean;
    },
    secret: string,
  ): Promise<TestResult | null>;
}

export function createTestRunner(options: TestRunnerOptions): TestRunner {
  const { vault, registry, onChange, onProgress } = options;
  // One cap per provider, on key tests, taken before a test's timeout starts (a queued test does not time
  // out while it waits). A test's requests share its slot: DeepSeek's balance goes alongside its model
  // list, as the probe sends them, so its keys are tested as fast as any other provider's (with two
  // slots per test they took twice as long). DeepSeek then sees up to 16 requests at once; it documents
  // no rate limit (api-docs.deepseek.com, "Rate Limit"), and every other provider sends one per test.
  const limiters = Object.fromEntries(providerIds.map((id) => [id, createLimiter(PER_PROVIDER_LIMIT)])) as Record<
    ProviderId,
    Limiter
  >;
  const guarded = guardedFetch(options.fetch ?? ((input, init) => fetch(input, init)));
  const inFlight = new Map<string, { done: Promise<void>; controller: AbortController }>();
  let progress: TestProgress = { running: false, total: 0, done: 0, cancelled: false };
  let runFinished: Promise<TestProgress> = Promise.resolve(progress);
  /** Resolves once the running test-all knows its keys (a second caller waits for it). */
  let starting: Promise<TestProgress> = Promise.resolve(progress);

  /** `provider` when the caller knows it already (test-all listed every key): the key is not looked up again. */
  async function run(id: string, controller: AbortController, origin: TestOrigin, provider?: ProviderId) {
    const timeoutMs = await options.timeoutMs();
    const queue = provider ?? (await vault.get(id))?.provider;
    if (!queue) return;
    await limiters[queue].run(async () => {
      if (controller.signal.aborted) return; // cancelled while queued
      let tested: KeySummary | undefined;
      const result = await vault.withSecret(id, (secret, current) => {
        tested = current;
        return testKey({
          provider: current.provider,
          entry: entryFor(registry, current),
          secret,
          model: current.model,
          spendCheck: current.spendCheck,
          timeoutMs,
          cancel: controller.signal,
          fetch: guarded,
        });
      });
      if (!result || !tested) return;
      // A rotation during the test makes this result stale.
      const stored = await vault.recordTest(id, result, tested.rotatedAt);
      if (stored) options.onResult?.(tested, stored.previous, result, origin);
    });
  }

  function test(id: string, origin: TestOrigin = 'user', provider?: ProviderId): Promise<void> {
    const running = inFlight.get(id);
    // Join a running test, but not a cancelled one that is still winding down: that one yields no result.
    if (running && !running.controller.signal.aborted) return running.done;
    if (running) return running.done.then(() => test(id, origin, provider));
    const controller = new AbortController();
    const done = run(id, controller, origin, provider).finally(() => {
      inFlight.delete(id);
      onChange(id, false);
    });
    inFlight.set(id, { done, controller });
    onChange(id, true);
    return done;
  }

  function report(next: TestProgress) {
    progress = next;
    onProgress(progress);
  }

  return {
    test,
    isTesting: (id) => inFlight.has(id),
    testSecret: async (key, secret) => {
      const timeoutMs = await options.timeoutMs();
      const { provider, model } = key;
      return limiters[provider].run(() =>
        testKey({
          provider,
          entry: entryFor(registry, key),
          secret,
          model,
          spendCheck: key.spendCheck ?? false,
          timeoutMs,
          cancel: new AbortController().signal,
          fetch: guarded,
        }),
      );
    },
    testAllDone: () => (progress.running ? runFinished : Promise.resolve(progress)),
    testAll(origin = 'user') {
      if (progress.running) return starting.then(() => progress);
      // Claimed before any await, so two clicks (window and tray) cannot start two runs.
      progress = { running: true, total: 0, done: 0, cancelled: false };
      let started: (value: TestProgress) => void = () => {};
      const start = new Promise<TestProgress>((resolve) => {
        started = resolve;
      });
      starting = start;
      runFinished = (async () => {
        try {
          const keys = await vault.list();
          report({ ...progress, total: keys.length });
          started(progress);
          await Promise.all(
            keys.map((key) =>
              test(key.id, origin, key.provider)
                .catch(() => undefined) // a key deleted or unreadable meanwhile is simply skipped
                // After a cancel, "done" stays at the number that finished with a result.
                .finally(() => {
                  if (!progress.cancelled) report({ ...progress, done: progress.done + 1 });
                }),
            ),
          );
        } finally {
          report({ ...progress, running: false });
          started(progress);
        }
        return progress;
      })();
      return start;
    },
    cancelAll() {
      const count = inFlight.size;
      for (const { controller } of inFlight.values()) controller.abort();
      if (progress.running) report({ ...progress, cancelled: true });
      return count;
    },
  };
}
