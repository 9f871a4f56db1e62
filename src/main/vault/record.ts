/**
 * The shape of a stored key on disk. It holds the ciphertext (base64) and metadata — never plaintext.
 * Parsed with zod on every load: the file is outside our control and may be edited or damaged.
 */
import { z } from 'zod';
import { canonicalBaseUrl, keyIdSchema } from '../../shared/keys';
import { providerIdSchema } from '../../shared/providers';
import { HISTORY_MAX, historyEntrySchema, testResultSchema } from '../../shared/test-result';

export const storedKeySchema = z.object({
  id: keyIdSchema,
  name: z.string().min(1),
  provider: providerIdSchema,
  model: z.string(),
  hint: z.string(),
  ciphertext: z.base64().min(1),
  /** Secret-store backend that produced the ciphertext, so a later change can be diagnosed. */
  backend: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The latest test result (never the key itself); absent until the key is first tested. */
  lastTest: testResultSchema.optional(),
  /** The last results (outcome, latency, time), oldest first. */
  history: z.array(historyEntrySchema).max(HISTORY_MAX).optional(),
  /** For a custom (OpenAI-compatible) provider: the service's name and base URL (canonical, even if stored as typed by an older version). */
  endpoint: z.object({ name: z.string(), baseUrl: z.string().transform(canonicalBaseUrl) }).optional(),
  /** Keyed MAC binding provider, base URL and ciphertext: a destination changed outside the app shows (destination.ts). */
  binding: z.string().optional(),
  /** HMAC of the key under the vault's sealed fingerprint secret: finds duplicates without plaintext. */
  fingerprint: z.string().optional(),
  /** When the secret was last replaced (absent: never, so the key's age counts from createdAt). */
  rotatedAt: z.iso.datetime().optional(),
  /** The key's opt-in to a paid spend check on every test (issue #15); absent: off. */
  spendCheck: z.boolean().optional(),
  /** Held in memory for this run only; records with it are never written (the vault filters them out). */
  sessionOnly: z.boolean().optional(),
});
export type StoredKey = z.infer<typeof storedKeySchema>;

export const storedKeysSchema = z.array(storedKeySchema);
