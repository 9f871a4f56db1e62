/**
 * Recently deleted: what the window may know about a deleted key, or the previous secret of a rotated
 * one — metadata and the masked hint, never the secret. Main keeps the record, still encrypted, for
 * TRASH_DAYS; it can be restored until then and is purged after.
 */
import { z } from 'zod';
import { keyIdSchema, keyNameSchema } from './keys';
import { providerIdSchema } from './providers';

export { TRASH_DAYS, TRASH_MS } from './trash-limits';

export const trashItemSchema = z.object({
  id: z.uuid(),
  /** `deleted`: a whole key; `replaced`: the secret a rotation replaced, kept until the new one passes a test. */
  kind: z.enum(['deleted', 'replaced']),
  keyId: keyIdSchema,
  name: z.string(),
  provider: providerIdSchema,
  model: z.string(),
  hint: z.string(),
  endpoint: z.object({ name: z.string(), baseUrl: z.string() }).nullable(),
  deletedAt: z.iso.datetime(),
  /** When it is purged for good if nobody restores it. */
  purgeAt: z.iso.datetime(),
});
export type TrashItem = z.infer<typeof trashItemSchema>;

export const trashIdInputSchema = z.strictObject({ id: z.uuid({ error: 'That is not an item of Recently deleted.' }) });
/** `name`: restore under another name (the old one may be taken by now). */
export const trashRestoreInputSchema = z.strictObject({
  id: trashIdInputSchema.shape.id,
  name: keyNameSchema.optional(),
});
