/**
 * aikm's exit codes: one per kind of fault, so scripts can tell "the app is not running" from "you said
 * no". `run` passes the command's own code through, and 126/127/128+n as shells do.
 */
import type { ErrorCode } from '../main/cli-access/messages';

export const EXIT = {
  ok: 0,
  /** test: at least one key failed its test. */
  testFailed: 1,
  usage: 2,
  notRunning: 3,
  /** The socket, its directory or the token is not this user's alone, or the server failed the handshake. */
  unsafe: 4,
  unknownKey: 5,
  /** The key failed its last test (use --anyway), or no key of the provider works. */
  unhealthy: 6,
  denied: 7,
  /** The app quit (or the connection broke) before answering. */
  appQuit: 8,
  /** get: stdout is a terminal and --reveal was not given. */
  terminal: 9,
  /** The app could not answer (an error on its side, a version mismatch, too many waiting requests). */
  appError: 10,
  /** bin/aikm.mjs: the CLI has not been built. */
  notBuilt: 11,
  notExecutable: 126,
  notFound: 127,
} as const;

export const exitForError: Record<ErrorCode, number> = {
  invalid_request: EXIT.appError,
  unauthenticated: EXIT.unsafe,
  unknown_key: EXIT.unknownKey,
  unknown_provider: EXIT.usage,
  ambiguous_key: EXIT.unknownKey,
  unhealthy_key: EXIT.unhealthy,
  no_working_key: EXIT.unhealthy,
  bad_variable: EXIT.usage,
  denied: EXIT.denied,
  busy: EXIT.appError,
  unavailable: EXIT.appError,
  internal: EXIT.appError,
};

/** A fault with its exit code and a message for stderr. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
