/** Schemas of the audit log's entries: what happened to which key, when — never a secret. */
import { z } from 'zod';
import { type AuditEntry as Entry, auditEvents } from './audit-events';
import { providerIdSchema } from './providers';

export { auditEvents };
export type { AuditEvent } from './audit-events';
export const auditEventSchema = z.enum(auditEvents);

export const auditEntrySchema = z.object({
  at: z.iso.datetime(),
  event: auditEventSchema,
  keyId: z.string(),
  keyName: z.string(),
  provider: providerIdSchema,
  /** A short, secret-free detail: a test's outcome, the old name, where an import came from. */
  detail: z.string().max(200).optional(),
}) satisfies z.ZodType<Entry>;
export type AuditEntry = Entry;

export const auditQuerySchema = z.strictObject({
  event: auditEventSchema.optional(),
  search: z.string().max(64).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** A page of the audit log: newest first; `warning` says when part of the log could not be read. */
export const auditListingSchema = z.object({
  entries: z.array(auditEntrySchema),
  warning: z.string().nullable(),
});
export type AuditListing = z.infer<typeof auditListingSchema>;
