/** The audit log's entries: what happened to which key, when — never a secret. */
import { z } from 'zod';
import { providerIdSchema } from './providers';

export const auditEvents = ['added', 'renamed', 'rotated', 'model_changed', 'tested', 'deleted', 'imported'] as const;
export const auditEventSchema = z.enum(auditEvents);
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEntrySchema = z.object({
  at: z.iso.datetime(),
  event: auditEventSchema,
  keyId: z.string(),
  keyName: z.string(),
  provider: providerIdSchema,
  /** A short, secret-free detail: a test's outcome, the old name, where an import came from. */
  detail: z.string().max(200).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  event: auditEventSchema.optional(),
  search: z.string().max(64).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
