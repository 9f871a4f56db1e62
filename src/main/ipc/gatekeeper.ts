/**
 * The gatekeeper: every IPC call passes through `dispatch`. It refuses untrusted senders and unknown
 * channels, parses the input from `unknown` with the contract's schema, runs the handler, parses the
 * output (which strips any field the contract does not declare) and always resolves to an envelope —
 * it never throws to the renderer.
 */
import { type Channel, contract, isChannel } from '../../shared/ipc/contract';
import { fieldErrors } from '../../shared/field-errors';
import { AppError, type Result, fail, ok } from '../../shared/ipc/result';
import type { Handlers } from '../handlers/types';
import type { Logger } from '../ports';
import type { SenderCheck, SenderInfo } from './sender';

export interface Gatekeeper {
  dispatch(channel: string, sender: SenderInfo, args: readonly unknown[]): Promise<Result<unknown>>;
}

export function createGatekeeper(handlers: Handlers, isTrusted: SenderCheck, log: Logger): Gatekeeper {
  async function run(channel: Channel, args: readonly unknown[]): Promise<Result<unknown>> {
    const spec = contract[channel];
    if (args.length > 1) return fail('invalid_input', 'This call takes a single argument.');
    const input = spec.input.safeParse(args[0]);
    if (!input.success) {
      const fields = fieldErrors(input.error, spec.input);
      const message = fields._ ?? 'Some fields need attention.';
      return fail('invalid_input', message, fields);
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const output = spec.output.safeParse(await handler(input.data));
    if (!output.success) {
      log.error(`ipc ${channel}: handler returned a value outside the contract`);
      return fail('internal', 'Something went wrong inside the app. Nothing was changed.');
    }
    return ok(output.data);
  }

  return {
    async dispatch(channel, sender, args) {
      if (!isChannel(channel)) {
        log.warn(`ipc refused: unknown channel`);
        return fail('forbidden', 'Unknown request.');
      }
      const refusal = isTrusted(sender);
      if (refusal) {
        log.warn(`ipc ${channel} refused: ${refusal}`);
        return fail('forbidden', 'Request refused: it did not come from the app window.');
      }
      try {
        return await run(channel, args);
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message, error.fields);
        // Log the class only: messages of unexpected errors may quote their input.
        log.error(`ipc ${channel} failed with ${error instanceof Error ? error.name : typeof error}`);
        return fail('internal', 'Something went wrong inside the app. Nothing was changed.');
      }
    },
  };
}
