/**
 * The envelope every IPC reply travels in. Electron forwards only an Error's message across IPC, so
 * errors are data: a stable code the renderer can act on, a message it can show, and optional
 * per-field messages for inline form errors.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'duplicate_name'
  | 'duplicate_key'
  | 'encryption_unavailable'
  | 'cannot_decrypt'
  | 'changed_outside'
  | 'storage_error'
  | 'forbidden'
  | 'internal';

// Plain types, no schema: main builds these envelopes itself, and the renderer only reads them.
export interface IpcError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

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
