/**
 * The messages between `aikm` and the app, as TypeScript types and limits only (no zod: the CLI stays a
 * small dependency-free file; the server validates everything with the schemas in request-schema.ts).
 *
 * One request per connection:
 *   CLI → app   {"hello":"aikm/1","nonce":N1}
 *   app → CLI   {"nonce":N2,"proof":HMAC(token, server, N1, N2)}
 *   CLI → app   {"proof":HMAC(token, client, N2, N1),"request":{…}}
 *   app → CLI   {"type":"waiting",…}* then one answer; the app closes the connection.
 */
import type { ProviderId } from '../../shared/providers';

export const PROTOCOL = 'aikm/1';
/** A request is a few names and a command line: 64 KB is generous and bounds what main buffers. */
export const MAX_REQUEST_BYTES = 64 * 1024;
/** An answer lists at most a few thousand keys. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** What the CLI says about itself; the server verifies what it can (Linux: /proc) and says which parts it could. */
export interface Requester {
  pid: number;
  ppid: number;
  cwd: string;
  /** process.argv of the aikm process (node, script, arguments). */
  argv: string[];
  /** `get`: the program that ran aikm, when the CLI could find out (macOS: ps); Linux reads /proc instead. */
  parentExecutable?: string;
}

export interface RunTargets {
  keys: string[];
  /** Provider ids; the app refuses unknown ones by name. */
  providers: string[];
  env: { variable: string; name: string }[];
  anyway: boolean;
}

export type AccessRequest =
  | { command: 'list' }
  | { command: 'status' }
  | { command: 'test'; names: string[]; all: boolean }
  | ({ command: 'run'; requester: Requester; program: { file: string; args: string[] } } & RunTargets)
  | { command: 'get'; requester: Requester; name: string; anyway: boolean };

export interface KeyView {
  id: string;
  name: string;
  provider: ProviderId;
  /** The masked hint (`sk-proj-…a1b2`): what `--mask` prints instead of the key. */
  hint: string;
  status: string;
  /** The last test's diagnosis and time, or null when never tested. */
  lastTest: { outcome: string; message: string; testedAt: string } | null;
  rotationDue: boolean;
  /** A custom service's name. */
  endpoint: string | null;
}

export interface LentKey {
  name: string;
  hint: string;
  variables: string[];
  secret: string;
}

export const errorCodes = [
  'invalid_request',
  'unauthenticated',
  'unknown_key',
  'unknown_provider',
  'ambiguous_key',
  'unhealthy_key',
  'no_working_key',
  'bad_variable',
  'denied',
  'busy',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type AccessAnswer =
  | { type: 'keys'; keys: KeyView[] }
  | { type: 'tested'; keys: KeyView[] }
  | { type: 'secrets'; keys: LentKey[] }
  | { type: 'error'; code: ErrorCode; message: string; candidates?: string[] };

/** Sent while a request waits (for the user's answer in the app), so the terminal can say so. */
export interface WaitingNotice {
  type: 'waiting';
  message: string;
}
