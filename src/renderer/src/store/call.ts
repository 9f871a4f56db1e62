/**
 * Every store reaches main through `call`: a refusal from main is already a failed Result, and this
 * turns the bridge itself failing (a rejected invoke) into one too, so no page needs a try/catch.
 */
import type { IpcError, Result } from '../../../shared/ipc/result';

export async function call<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    const failure: IpcError = {
      code: 'internal',
      message: error instanceof Error ? error.message : 'The app did not answer.',
    };
    return { ok: false, error: failure };
  }
}

/**
 * Latest-wins for reads that can overlap (a filter typed quickly, a list read again after an action):
 * `start()` gives a ticket, and only the newest ticket's answer may be applied.
 */
export function latestOnly(): () => () => boolean {
  let latest = 0;
  return () => {
    const ticket = ++latest;
    return () => ticket === latest;
  };
}
