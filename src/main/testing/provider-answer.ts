/**
 * The one boundary between a provider's answer and the rest of the app (issue #12 items 3, 15, 19).
 *
 * - `guardTester`: everything a provider tester yields — the probe (model ids, request id, balance)
 *   and the failure facts (message, codes, request id) — passes through the key's redactor before
 *   testKey sees it. A walk over every string, not a list of fields, so a field added later is covered.
 * - `admit`: the finished TestResult is clamped and parsed with the contract's own schema before it
 *   can be stored or sent. What does not fit becomes "the provider answered something unreadable",
 *   so a provider can never store a value that breaks `keys:list`, the key events or the next start.
 */
import { MAX_MODELS, type TestResult, testResultSchema } from '../../shared/test-result';
import { type WordingContext, describeOutcome } from '../providers/diagnosis';
import { type Redactor, createRedactor } from '../providers/redaction';
import type { ProviderTester } from '../providers/types';

/** Longest wait a provider may ask for; beyond a day it is no longer a rate limit worth quoting. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;
const DETAIL_MAX = 300;
export const UNREADABLE_HINT =
  'The provider answered something unreadable (outside what the app accepts). If you set a custom address, check it.';

/** Free text (a provider's `message`) also loses anything shaped like a key; identifiers only the key. */
function scrub(value: unknown, redact: Redactor, field = ''): unknown {
  if (typeof value === 'string') return field === 'message' ? redact.text(value) : redact.id(value);
  if (Array.isArray(value)) {
    // A list entry that carried the key (a "model id" that is the key) is not data: it is dropped.
    return value.flatMap((item: unknown) => {
      const clean = scrub(item, redact, field);
      return typeof item === 'string' && clean !== item ? [] : [clean];
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, scrub(inner, redact, name)]));
  }
  return value;
}

/** The tester for one test of `secret`: its answers and failures come back without the key. */
export function guardTester(tester: ProviderTester, secret: string): ProviderTester {
  const redact = createRedactor(secret);
  return {
    probe: async (options) =>
      scrub(await tester.probe(options), redact) as Awaited<ReturnType<ProviderTester['probe']>>,
    describe: (error) => scrub(tester.describe(error), redact) as ReturnType<ProviderTester['describe']>,
    // Resolves with nothing; its failures come back through `describe` above.
    ...(tester.spend ? { spend: tester.spend.bind(tester) } : {}),
  };
}

/** Cuts what may be long to the contract's limits; everything else is left for the schema to judge. */
function clamp(draft: TestResult): TestResult {
  const { detail, requestId, retryAfterSeconds, balance } = draft;
  return {
    ...draft,
    models: [...new Set(draft.models)].slice(0, MAX_MODELS).map((m) => m.slice(0, 200)),
    ...(detail !== undefined
      ? { detail: detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 3)}...` : detail }
      : {}),
    ...(requestId !== undefined ? { requestId: requestId.slice(0, 200) } : {}),
    // Infinity (a 400-digit Retry-After) is not clamped: it is not a number the schema accepts.
    ...(retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds)
      ? { retryAfterSeconds: Math.min(retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) }
      : {}),
    ...(balance !== undefined ? { balance: balance.slice(0, 8) } : {}),
  };
}

/** The result as it may be stored and sent, or a provider error when the answer does not fit. */
export function admit(draft: TestResult, context: WordingContext): TestResult {
  const parsed = testResultSchema.safeParse(clamp(draft));
  if (parsed.success) return parsed.data;
  return {
    outcome: 'provider_error',
    ...describeOutcome('provider_error', context),
    hint: UNREADABLE_HINT,
    model: draft.model,
    models: [],
    latencyMs: draft.latencyMs,
    testedAt: draft.testedAt,
  };
}
