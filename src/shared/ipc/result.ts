/**
 * The envelope every IPC reply travels in. Electron forwards only an Error's message across IPC, so
 * errors are data: a stable code the renderer can act on, a message it can show, and optional
 * per-field messages for inline form errors.
 */
import { z } from 'zod';

export const errorCodes = [
  'invalid_input',
  'not_found',
  'duplicate_name',
  'duplicate_key',
  'encryption_unavailable',
  'cannot_decrypt',
  'changed_outside',
  'storage_error',
  'forbidden',
  'internal',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** Thrown by main-side services; the gatekeeper turns it into a failed envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
