/**
 * The IPC contract: every channel exactly once, with its input and output schema and a one-line doc.
 * The preload bridge, the renderer's `window.api` type, the main handler map and the gatekeeper are all
 * derived from this object, so no list of channels is kept in step by hand.
 *
 * Inputs are strict (unknown keys are refused); outputs are plain objects, so anything a handler returns
 * that the schema does not name (a ciphertext, a secret) is stripped before it reaches the renderer.
 */
import { z } from 'zod';
import { auditListingSchema, auditQuerySchema } from '../audit';
import {
  addKeyInputSchema,
  keyDetailsSchema,
  keyIdSchema,
  keyNameSchema,
  keySummarySchema,
  modelIdSchema,
  secretSchema,
  testedKeySchema,
} from '../keys';
import { testResultSchema } from '../test-result';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { testProgressSchema } from '../test-result';
import { linkTargetSchema, providerIdSchema } from '../providers';
import { setAsideCopySchema, setAsideNameSchema } from '../set-aside';
import { trashIdInputSchema, trashItemSchema, trashRestoreInputSchema } from '../trash';
import { accessStatusSchema, copyKeyInputSchema, copyOutcomeSchema, grantSchema } from '../key-use';

/** Channels that take no argument accept exactly `undefined`. */
const noInput = z.undefined({ error: 'This call takes no argument.' });

export const securityStatusSchema = z.object({
  /** Whether keys can be encrypted and written to disk right now. */
  encryptionAvailable: z.boolean(),
  /** Where new keys go: OS-encrypted on disk, weakly obfuscated on disk (opt-in), memory only, or nowhere. */
  mode: z.enum(['os', 'weak', 'memory', 'unavailable']),
  weakStorageAllowed: z.boolean(),
  /** Set when a damaged key file was set aside at start: what happened and where the file is. */
  recovery: z.string().nullable(),
  /** The OS secret store in use, e.g. `keychain`, `dpapi`, `gnome_libsecret`, `basic_text`. */
  backend: z.string(),
  platform: z.string(),
  /** Plain-language explanation, including how to fix an unavailable keychain. */
  message: z.string(),
  storePath: z.string(),
});
export type SecurityStatus = z.infer<typeof securityStatusSchema>;

export const importCandidateSchema = z.object({
  token: z.uuid(),
  variable: z.string(),
  provider: providerIdSchema,
  hint: z.string(),
  source: z.string(),
  /** The provider the value looks like when it is not the variable's (e.g. an Anthropic key in OPENAI_API_KEY). */
  looksLike: providerIdSchema.nullable(),
});
export type ImportCandidate = z.infer<typeof importCandidateSchema>;

export const contract = {
  'keys:list': {
    doc: 'List the stored keys: metadata and masked hints only.',
    input: noInput,
    output: z.array(keySummarySchema),
  },
  'keys:details': {
    doc: "What a key's details show beyond the list: the models its last test saw, and its whole history.",
    input: z.strictObject({ id: keyIdSchema }),
    output: keyDetailsSchema,
  },
  'keys:add': {
    doc: 'Encrypt and store a new key; the only call that carries a plaintext secret, and only inbound.',
    input: addKeyInputSchema,
    output: keySummarySchema,
  },
  'keys:remove': {
    doc: 'Delete a key: it moves to Recently deleted, still encrypted, restorable for 30 days.',
    input: z.strictObject({ id: keyIdSchema }),
    output: z.object({ id: keyIdSchema }),
  },
  'keys:test': {
    doc: 'Test one key against its provider (lists models; spends no tokens) and store the result.',
    input: z.strictObject({ id: keyIdSchema }),
    output: keySummarySchema,
  },
  'keys:test-all': {
    doc: 'Test every stored key, a few at a time per provider; progress arrives as tests:progress.',
    input: noInput,
    output: testProgressSchema,
  },
  'keys:cancel-tests': {
    doc: 'Cancel every running and queued key test; keys keep their previous result.',
    input: noInput,
    output: z.object({ cancelled: z.number().int().nonnegative() }),
  },
  'keys:set-model': {
    doc: "Change a key's model variant (e.g. to one from its live model list).",
    // '' = any model: no particular one is tested for (the add form's and import's default).
    input: z.strictObject({ id: keyIdSchema, model: z.union([modelIdSchema, z.literal('')]) }),
    output: keySummarySchema,
  },
  'keys:set-spend-check': {
    doc: "Turn a key's spend check on or off: each test then also makes one request of one output token (a fraction of a cent).",
    input: z.strictObject({ id: keyIdSchema, enabled: z.boolean() }),
    output: keySummarySchema,
  },
  'keys:rename': {
    doc: 'Rename a key (names stay unique, ignoring case).',
    input: z.strictObject({ id: keyIdSchema, name: keyNameSchema }),
    output: keySummarySchema,
  },
  'keys:rotate': {
    doc: 'Replace a key with a new secret: tested first, kept only if it works (or the user overrides).',
    input: z.strictObject({ id: keyIdSchema, secret: secretSchema, override: z.boolean().default(false) }),
    output: z.object({ rotated: z.boolean(), result: testResultSchema.nullable(), key: keySummarySchema }),
  },
  'keys:copy-hint': {
    doc: "Copy a key's masked hint (never the key) to the clipboard, from main.",
    input: z.strictObject({ id: keyIdSchema }),
    output: z.object({ copied: z.boolean() }),
  },
  'keys:copy': {
    doc: 'Copy a key (or NAME=key) to the clipboard, from main; cleared after the set time if still there. Never answers the key.',
    input: copyKeyInputSchema,
    output: copyOutcomeSchema,
  },
  'access:grants': {
    doc: 'The aikm grants still in force ("Allow for 8 hours"): which key may go to which program, until when.',
    input: noInput,
    output: z.array(grantSchema),
  },
  'access:revoke': {
    doc: 'Revoke one aikm grant: the next request for that key from that program asks again.',
    input: z.strictObject({ id: z.uuid() }),
    output: z.object({ revoked: z.boolean() }),
  },
  'access:status': {
    doc: 'Whether the aikm command line can reach the app, where, and why not.',
    input: noInput,
    output: accessStatusSchema,
  },
  'trash:list': {
    doc: 'Recently deleted: deleted keys and secrets replaced by a rotation, with when they are purged; masked hints only.',
    input: noInput,
    output: z.array(trashItemSchema),
  },
  'trash:restore': {
    doc: 'Restore an item of Recently deleted as a key (optionally under another name, if its name is taken).',
    input: trashRestoreInputSchema,
    output: keySummarySchema,
  },
  'trash:purge': {
    doc: 'Erase an item of Recently deleted now, if the user confirms it in a dialog opened by main.',
    input: trashIdInputSchema,
    output: z.object({ purged: z.boolean() }),
  },
  'import:scan-environment': {
    doc: "Find API keys in the app's environment variables; answers masked candidates only.",
    input: noInput,
    output: z.array(importCandidateSchema),
  },
  'import:open-file': {
    doc: 'Let the user pick a .env file (dialog opened by main) and find API keys in it; masked candidates only.',
    input: noInput,
    output: z.object({ file: z.string().nullable(), candidates: z.array(importCandidateSchema) }),
  },
  'import:commit': {
    doc: 'Import the chosen candidates under the given names; each is then tested like any new key.',
    input: z.strictObject({
      items: z
        .array(z.strictObject({ token: z.uuid(), name: keyNameSchema, model: z.union([modelIdSchema, z.literal('')]) }))
        .min(1)
        .max(20),
    }),
    output: z.object({
      imported: z.array(keySummarySchema),
      failed: z.array(z.object({ token: z.string(), message: z.string() })),
    }),
  },
  'audit:list': {
    doc: 'The audit log, newest first, optionally filtered by event or key name, and whether part of it could not be read. No secrets in it.',
    input: auditQuerySchema,
    output: auditListingSchema,
  },
  'audit:export': {
    doc: 'Save the (filtered) audit log as a CSV file chosen by the user in a dialog opened by main.',
    input: auditQuerySchema,
    output: z.object({ path: z.string().nullable() }),
  },
  'settings:get': {
    doc: 'Read the user settings.',
    input: noInput,
    output: settingsSchema,
  },
  'settings:update': {
    doc: 'Change some settings; answers with all of them.',
    input: settingsPatchSchema,
    output: settingsSchema,
  },
  'app:security-status': {
    doc: 'Report how keys are protected on this machine (secret-store backend, availability, store path).',
    input: noInput,
    output: securityStatusSchema,
  },
  'app:set-weak-storage': {
    doc: 'Linux without a keyring: opt in (confirmed in a dialog opened by main) or out to writing keys with the weak obfuscation; remembered.',
    input: z.strictObject({ allow: z.boolean() }),
    output: securityStatusSchema,
  },
  'store:copies': {
    doc: 'The damaged key files the app set aside (names, when, size): they may hold what the file held.',
    input: noInput,
    output: z.array(setAsideCopySchema),
  },
  'store:restore-copy': {
    doc: 'Take back the readable keys of a set-aside copy that are not stored already; the copy stays.',
    input: z.strictObject({ name: setAsideNameSchema }),
    output: z.object({ restored: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() }),
  },
  'store:delete-copy': {
    doc: 'Delete a set-aside copy for good (the UI asks for confirmation first).',
    input: z.strictObject({ name: setAsideNameSchema }),
    output: z.object({ name: z.string() }),
  },
  'app:pending-focus': {
    doc: 'The key a notification asked to show (once), for a window that opened because of it.',
    input: noInput,
    output: z.object({ id: keyIdSchema.nullable() }),
  },
  'app:open-link': {
    doc: "Open a provider's key or billing page in the browser; the renderer names the page, never a URL.",
    input: z.strictObject({ provider: providerIdSchema, target: linkTargetSchema }),
    output: z.object({ opened: z.boolean() }),
  },
} as const;

/** Pushed from main to every app window; listeners receive the payload only, never the IPC event. */
export const events = {
  'keys:changed': {
    doc: 'Many keys changed at once (e.g. the rotation reminder setting): carries the whole new list.',
    payload: z.object({ keys: z.array(keySummarySchema) }),
  },
  'keys:updated': {
    doc: 'These keys were added or changed (renamed, rotated, restored…): their whole new summaries; the others are as they were.',
    payload: z.object({ keys: z.array(keySummarySchema) }),
  },
  'keys:tested': {
    doc: 'These keys got one test result each: their summaries without the history, to which the receiver adds lastTest unless it holds it already.',
    payload: z.object({ keys: z.array(testedKeySchema) }),
  },
  'keys:removed': {
    doc: 'These keys were deleted.',
    payload: z.object({ ids: z.array(keyIdSchema) }),
  },
  'keys:testing': {
    doc: 'Tests of these keys started or stopped; nothing else about them changed (a result comes as keys:tested).',
    payload: z.object({ ids: z.array(keyIdSchema), testing: z.boolean() }),
  },
  'keys:focus': {
    doc: 'Show this key (a notification about it was clicked).',
    payload: z.object({ id: keyIdSchema }),
  },
  'tests:progress': {
    doc: 'Progress of "test all": how many of how many are done, and whether it is still running.',
    payload: testProgressSchema,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventChannel = keyof typeof events;
export type ChannelInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.input<Contract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]['payload']>;

export const channels = Object.keys(contract) as Channel[];
export const eventChannels = Object.keys(events) as EventChannel[];

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(contract, value);
}
