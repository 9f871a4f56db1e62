/**
 * Key metadata and the rules for names and secrets. Main parses every payload with these schemas and
 * answers a message per field; the renderer imports only the types (it ships no zod) and shows those
 * messages beside the fields.
 */
import { z } from 'zod';
import { providerIdSchema } from './providers';
import {
  HISTORY_MAX,
  HISTORY_SHOWN,
  historyEntrySchema,
  keyStatusSchema,
  streakSchema,
  testSummarySchema,
} from './test-result';

export const NAME_MAX = 64;
export const SECRET_MIN = 8;
export const SECRET_MAX = 512;

/** Names are compared ignoring case, so "openai-prod" and "OpenAI-Prod" clash. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en-US');
}

export const keyNameSchema = z
  .string({ error: 'Name must be text.' })
  .trim()
  .min(1, { error: 'Give the key a name, e.g. "OpenAI-Production".' })
  .max(NAME_MAX, { error: `Name must be at most ${NAME_MAX} characters.` })
  .refine((name) => !/\p{Cc}/u.test(name), { error: 'Name must not contain control characters.' });

/**
 * Pasted keys often carry whitespace or the quotes of a `.env` line; both are removed. Anything left
 * with inner whitespace is refused: no provider issues such keys, so it is a paste accident.
 */
export function normalizeSecret(raw: string): string {
  let value = raw.trim();
  const quoted = /^(["'`])(.*)\1$/s.exec(value);
  if (quoted) value = (quoted[2] ?? '').trim();
  return value;
}

export const secretSchema = z
  .string({ error: 'API key must be text.' })
  .transform(normalizeSecret)
  .pipe(
    z
      .string()
      .min(1, { error: 'Paste the API key.' })
      .min(SECRET_MIN, { error: `That is too short for an API key (at least ${SECRET_MIN} characters).` })
      .max(SECRET_MAX, { error: `That is too long for an API key (at most ${SECRET_MAX} characters).` })
      .refine((s) => !/\s/.test(s), { error: 'The key contains spaces or line breaks; paste it again.' })
      .refine((s) => /^[\x21-\x7e]+$/.test(s), { error: 'The key contains characters no provider uses.' }),
  );

export const modelIdSchema = z
  .string()
  .trim()
  .min(1, { error: 'Choose a model.' })
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { error: 'That is not a model id.' });

export const keyIdSchema = z.uuid({ error: 'That is not a key id.' });

/** The URL as the request will see it, without trailing slashes; unparsable text is left as it is. */
export function canonicalBaseUrl(value: string): string {
  return URL.canParse(value) ? new URL(value).href.replace(/\/+$/, '') : value;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A custom provider's base URL: https, or http only to this computer (a local server such as Ollama).
 * No credentials, query or fragment: the key travels in a header, never in the URL. Stored and shown in
 * canonical form (the URL parser's `href`: `%2E` and `。` decoded to dots, host in punycode), so what
 * the user sees is the host the request goes to, whatever entry point the URL came through.
 */
export const baseUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((value) => URL.canParse(value), {
    error: 'That is not a URL, e.g. https://openrouter.ai/api/v1.',
    abort: true,
  })
  .refine(
    (value) => {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    },
    { error: 'Use https (plain http only for a server on this computer).', abort: true },
  )
  .refine(
    (value) => {
      const url = new URL(value);
      return !url.username && !url.password && !url.search && !url.hash;
    },
    { error: 'The address must not contain a user name, password, query or #fragment.' },
  )
  .transform(canonicalBaseUrl);

/** A custom (OpenAI-compatible) provider: which service, and where. */
export const endpointSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Name the service, e.g. "OpenRouter".' })
    .max(40)
    .refine((n) => !/\p{Cc}/u.test(n)),
  baseUrl: baseUrlSchema,
});
export type Endpoint = z.output<typeof endpointSchema>;

/** Only a custom provider has an endpoint of its own; a built-in one always goes to its own API. */
export function endpointFitsProvider(provider: string, endpoint: unknown): boolean {
  return (provider === 'custom') === (endpoint !== undefined && endpoint !== null);
}

/** What the renderer may send to add a key: the only payload that carries a plaintext secret. */
export const addKeyInputSchema = z
  .strictObject({
    provider: providerIdSchema,
    /** '' = no particular model (a custom service's models are known only after a test). */
    model: z.union([modelIdSchema, z.literal('')]),
    name: keyNameSchema,
    secret: secretSchema,
    endpoint: endpointSchema.optional(),
  })
  .refine((input) => endpointFitsProvider(input.provider, input.endpoint), {
    error: 'A custom provider needs its name and base URL; a built-in one takes none.',
    path: ['endpoint'],
  });
export type AddKeyInput = z.input<typeof addKeyInputSchema>;

/** What the renderer gets back about a key: metadata and a masked hint, never the secret. */
export const keySummarySchema = z.object({
  id: keyIdSchema,
  name: z.string(),
  provider: providerIdSchema,
  model: z.string(),
  hint: z.string(),
  status: keyStatusSchema,
  /** A test of this key is running right now. */
  testing: z.boolean(),
  /** `memory`: kept for this run only (no OS keyring), never written to disk. */
  storage: z.enum(['disk', 'memory']),
  /** The last result, without its model list (keys:details has it). */
  lastTest: testSummarySchema.nullable(),
  /** The last results the key table shows, oldest first (keys:details has them all). */
  history: z.array(historyEntrySchema).max(HISTORY_SHOWN),
  /** "OK for 3 days" / "failing since …", over the whole history. */
  streak: streakSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When the secret was last replaced (createdAt if never): the key's age counts from here. */
  rotatedAt: z.iso.datetime(),
  /** For a custom provider: the service and its base URL. */
  endpoint: z.object({ name: z.string(), baseUrl: z.string() }).nullable(),
  /** Older than the "remind me to rotate after N days" setting. */
  rotationDue: z.boolean(),
  /** Each test also makes one request of one output token (opt-in, off by default): can the account spend? */
  spendCheck: z.boolean(),
});
export type KeySummary = z.infer<typeof keySummarySchema>;

/**
 * A key that just got a test result, as the event says it: the summary without its history, which the
 * receiver extends with `lastTest` (key-list.ts). With full histories, sending the last HISTORY_SHOWN
 * results again with every result was two thirds of a test-all's event bytes.
 */
export const testedKeySchema = keySummarySchema.omit({ history: true }).extend({ lastTest: testSummarySchema });
export type TestedKey = z.infer<typeof testedKeySchema>;

/** What a key's details show beyond its summary, asked for when they open. */
export const keyDetailsSchema = z.object({
  /** The models the last test saw ([] before a first test or after a failed one). */
  models: z.array(z.string()),
  history: z.array(historyEntrySchema).max(HISTORY_MAX),
});
export type KeyDetails = z.infer<typeof keyDetailsSchema>;
