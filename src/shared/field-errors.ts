/**
 * Turns zod issues into one message per field (`name`, `secret`…, `_` for the payload as a whole).
 * Used by main to answer invalid input and by the renderer for instant inline errors; messages come
 * from our schemas and never quote the value that was sent.
 */
import type { z } from 'zod';

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
