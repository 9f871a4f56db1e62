/**
 * What a key test found out, as stored with the key and shown to the user. It never holds the key:
 * provider messages are redacted before they get here.
 */
import { z } from 'zod';
import { HISTORY_MAX, HISTORY_SHOWN } from './history-limits';
import { linkTargetSchema } from './providers';

export { HISTORY_MAX, HISTORY_SHOWN };

export const outcomes = [
  'ok',
  'invalid_key',
  'permission_denied',
  'quota_exhausted',
  'rate_limited',
  'provider_error',
  'network_error',
  'timeout',
  // Issue #15: the key works but not with its chosen model; the service lists models for any key, so the
  // key could not be proven; a local server that takes any key; nothing at the address (HTTP 404).
  'model_unavailable',
  'unverified',
  'no_key_needed',
  'wrong_address',
] as const;
export const outcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

/** Most model lists are a few dozen ids; the cap keeps a hostile or huge answer out of the store. */
export const MAX_MODELS = 1000;

export const balanceSchema = z.object({
  currency: z.string().max(8),
  total: z.string().max(32),
  /** `balance`: the account's money (DeepSeek); `credit_left`: what the key's own limit leaves (OpenRouter). */
  kind: z.enum(['balance', 'credit_left']).optional(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const testResultSchema = z.object({
  outcome: outcomeSchema,
  /** Plain-language diagnosis, e.g. "The provider rejected this key." */
  message: z.string().max(500),
  /** What to do about it. */
  hint: z.string().max(500),
  /** The provider page that helps (key page or billing page), when one does. */
  link: linkTargetSchema.optional(),
  /** The provider's own words (redacted), for the curious and for support requests. */
  detail: z.string().max(500).optional(),
  latencyMs: z.number().int().nonnegative(),
  testedAt: z.iso.datetime(),
  /** The model variant the key had when tested ('' for none): a result for another model is dropped. */
  model: z.string().max(128).default(''),
  models: z.array(z.string().max(200)).max(MAX_MODELS),
  requestId: z.string().max(200).optional(),
  httpStatus: z.number().int().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  balance: z.array(balanceSchema).max(8).optional(),
  /**
   * How the key itself was proven, beyond a model list: the service's key endpoint, a deliberately wrong
   * key refused by the same list, or the opt-in paid request of one output token.
   */
  verifiedBy: z.enum(['key_endpoint', 'wrong_key_refused', 'spend_request']).optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

/**
 * A result as key summaries carry it: without the model list, which can be a thousand ids per key and
 * is asked for when a key's details open (keys:details).
 */
export const testSummarySchema = testResultSchema.omit({ models: true });
export type TestSummary = z.infer<typeof testSummarySchema>;

/**
 * `cannot_decrypt`: the key's ciphertext no longer opens on this computer (keychain changed, file copied).
 * `changed_outside`: where the key would be sent was changed outside the app; it is never used.
 */
export const keyStatusSchema = z.enum(['not_tested', 'cannot_decrypt', 'changed_outside', ...outcomes]);
export type KeyStatus = z.infer<typeof keyStatusSchema>;

export const testProgressSchema = z.object({
  running: z.boolean(),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  cancelled: z.boolean(),
});
export type TestProgress = z.infer<typeof testProgressSchema>;

/** One line of a key's history: what a test found, never more. */
export const historyEntrySchema = z.object({
  outcome: outcomeSchema,
  latencyMs: z.number().int().nonnegative(),
  testedAt: z.iso.datetime(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The current run of results that agree on working or not (history.ts computes it). */
export const streakSchema = z.object({
  working: z.boolean(),
  /** When the run began. */
  since: z.iso.datetime(),
  count: z.number().int().positive(),
});
