/**
 * Using a stored key outside the app, as the contract declares it: copying it (main writes the
 * clipboard; the window names a key and a format and learns only when it clears) and the `aikm`
 * command line's grants, which the Security page lists and revokes. Never a key in any of these.
 */
import { z } from 'zod';
import { keyIdSchema } from './keys';
import { providerIdSchema } from './providers';

/** Plain: the key alone. env: `NAME=key`, NAME being the provider's standard variable (OPENAI_API_KEY…). */
export const copyKeyInputSchema = z.strictObject({ id: keyIdSchema, format: z.enum(['plain', 'env']) });
export type CopyKeyInput = z.infer<typeof copyKeyInputSchema>;

export const copyOutcomeSchema = z.object({
  /** What was copied, without the value: "the key" or "OPENAI_API_KEY=…". */
  copiedAs: z.string(),
  /** 0 when it stays until the user copies something else (the setting is off). */
  clearsInSeconds: z.number().int().nonnegative(),
  /** The privacy markers the clipboard confirmed holding (clipboard history and sync skip the copy). */
  markers: z.array(z.string()),
});

/** A remembered "Allow for 8 hours": this key may go to this program without asking until it expires. */
export const grantSchema = z.object({
  id: z.uuid(),
  keyId: keyIdSchema,
  keyName: z.string(),
  provider: providerIdSchema,
  executable: z.string(),
  grantedAt: z.number().int(),
  expiresAt: z.number().int(),
});
export type Grant = z.infer<typeof grantSchema>;

export const accessStatusSchema = z.object({
  /** Whether `aikm` can reach the app right now. */
  listening: z.boolean(),
  /** Where it listens (a Unix socket path or a Windows pipe name). */
  socket: z.string(),
  /** Why it is not listening, in plain words; null when it is. */
  problem: z.string().nullable(),
});
export type AccessStatus = z.infer<typeof accessStatusSchema>;
