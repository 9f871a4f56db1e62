/**
 * Talks to the running app: checks that the socket, its directory and the token are this user's
 * alone, authenticates the app (it must prove the token over our nonce) before sending the request,
 * then waits for the answer. Every fault becomes a CliFailure with its own exit code and a message
 * that says what to do.
 */
import { connect } from 'node:net';
import { clientProof, newNonce, proofMatches, readToken, serverProof } from '../main/cli-access/handshake';
import { type AccessLocation, LocationError, accessLocation } from '../main/cli-access/location';
import { type AccessAnswer, type AccessRequest, MAX_ANSWER_BYTES, PROTOCOL } from '../main/cli-access/messages';
import { PrivacyError, assertPrivate } from '../main/cli-access/private-check';
import { lineReader, parseLine, writeLine } from '../main/cli-access/wire';
import { CliFailure, EXIT } from './exit-codes';

export const NOT_RUNNING =
  'AI Key Manager is not running. Start it (from your applications menu, or `npm start` in its folder) and try again; it can stay in the tray.';

function notRunning(detail?: string): CliFailure {
  return new CliFailure(EXIT.notRunning, detail ? `${NOT_RUNNING}\n(${detail})` : NOT_RUNNING);
}

/** Missing files mean "not running"; files that are not ours alone are refused outright. */
function checked<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PrivacyError)
      throw error.problem === 'missing'
        ? notRunning()
        : new CliFailure(EXIT.unsafe, `Refusing to talk to AI Key Manager: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notRunning();
    throw error;
  }
}

function locate(env: NodeJS.ProcessEnv): AccessLocation {
  try {
    return accessLocation(env);
  } catch (error) {
    if (error instanceof LocationError) throw new CliFailure(EXIT.notRunning, error.message);
    throw error;
  }
}

/** A light check of the answer's shape: the server validated it, and it proved it is the app. */
function isAnswer(value: unknown): value is AccessAnswer {
  const v = value as { type?: unknown; keys?: unknown; code?: unknown; message?: unknown } | null;
  if (!v || typeof v !== 'object') return false;
  if (v.type === 'error') return typeof v.code === 'string' && typeof v.message === 'string';
  return (v.type === 'keys' || v.type === 'tested' || v.type === 'secrets') && Array.isArray(v.keys);
}

export interface AskOptions {
  env?: NodeJS.ProcessEnv;
  /** The app is waiting for the user (e.g. its prompt is open). */
  onWaiting?: (message: string) => void;
}

export async function ask(request: AccessRequest, options: AskOptions = {}): Promise<AccessAnswer> {
  const location = locate(options.env ?? process.env);
  if (process.platform !== 'win32') {
    checked(() => assertPrivate(location.dir, 'directory'));
    checked(() => assertPrivate(location.socket, 'socket'));
  }
  const token = checked(() => readToken(location.token));

  const socket = connect(location.socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        notRunning(
          error.code === 'ECONNREFUSED' ? 'a socket from an earlier run is left; nobody answers on it' : error.code,
        ),
      ),
    );
  });
  const reader = lineReader(socket, MAX_ANSWER_BYTES);
  const quit = () =>
    new CliFailure(
      EXIT.appQuit,
      'AI Key Manager quit (or closed the connection) before answering. Nothing was sent to your command.',
    );
  const next = async () => {
    try {
      return parseLine(await reader.next());
    } catch {
      throw quit();
    }
  };
  try {
    const nonce = newNonce();
    writeLine(socket, { hello: PROTOCOL, nonce });
    const reply = (await next()) as { nonce?: unknown; proof?: unknown } | null;
    if (reply === null) throw quit();
    const serverNonce = typeof reply.nonce === 'string' && /^[0-9a-f]{64}$/.test(reply.nonce) ? reply.nonce : null;
    if (!serverNonce || !proofMatches(serverProof(token, nonce, serverNonce), reply.proof)) {
      throw new CliFailure(
        EXIT.unsafe,
        `Refusing to talk to ${location.socket}: whatever answers there could not prove it is AI Key Manager.`,
      );
    }
    writeLine(socket, { proof: clientProof(token, nonce, serverNonce), request });
    for (;;) {
      const message = (await next()) as { type?: unknown; message?: unknown } | null;
      if (message === null) throw quit();
      if (message.type === 'waiting' && typeof message.message === 'string') options.onWaiting?.(message.message);
      else if (isAnswer(message)) return message;
      else
        throw new CliFailure(
          EXIT.appError,
          'AI Key Manager sent an answer this aikm does not understand; are both the same version?',
        );
    }
  } finally {
    socket.destroy();
  }
}
