/**
 * A provider failure reduced to the facts classification needs, whatever SDK raised it. Each provider
 * module turns its SDK's errors into this shape; classify.ts decides what it means.
 */
/** `redirect`: the address redirected and the request was not followed (on any transport). */
export type FailureKind = 'http' | 'connection' | 'timeout' | 'unreadable' | 'redirect';

export interface Failure {
  kind: FailureKind;
  status?: number;
  /** Machine code from the body: OpenAI `error.code`, Anthropic `error.details.error_code`, Gemini `reason`. */
  code?: string;
  /** Error type/status from the body: OpenAI `error.type`, Anthropic `error.type`, Gemini `error.status`. */
  type?: string;
  /** The provider's message, unredacted here: testing/provider-answer.ts redacts every answer. */
  message?: string;
  requestId?: string;
  retryAfterSeconds?: number;
}

/** `retry-after` is seconds or an HTTP date; Gemini puts "26s" in RetryInfo. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(value);
  if (seconds) return Number(seconds[1]);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}

/** Headers may be a fetch Headers object or a plain record, depending on the SDK. */
export function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** `error` or the first error in its `cause` chain that is an instance of `type` (SDKs wrap fetch's errors). */
export function causeOf<T extends Error>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (current instanceof type) return current;
    current = (current as Error).cause;
  }
  return undefined;
}

export const causedBy = (error: unknown, type: abstract new (...args: never[]) => Error): boolean =>
  causeOf(error, type) !== undefined;

/** Errors every SDK lets through from fetch itself: network failures and unreadable bodies. */
export function fetchLevelFailure(error: unknown): Failure {
  if (error instanceof NotAModelList) return { kind: 'unreadable', message: error.message };
  if (error instanceof SyntaxError) return { kind: 'unreadable', message: 'The answer was not valid JSON.' };
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return { kind: 'timeout' };
  return { kind: 'connection', message: error instanceof Error ? error.message : String(error) };
}

/** The answer parsed but is not a model list (a wrong base URL often answers 200 with a web page). */
export class NotAModelList extends SyntaxError {
  constructor() {
    super('The answer was not a model list.');
    this.name = 'NotAModelList';
  }
}

/** Ids from a model list, or NotAModelList when the items are not models. */
export function modelIds(items: unknown, field: 'id' | 'name' = 'id'): string[] {
  if (!Array.isArray(items)) throw new NotAModelList();
  return items.map((item: unknown) => {
    const id = (item as Record<string, unknown> | null)?.[field];
    if (typeof id !== 'string') throw new NotAModelList();
    return id;
  });
}
