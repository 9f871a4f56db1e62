/**
 * The app's end of the local socket. Listens only where location.ts says, after checking the directory
 * is this user's alone; a stale socket (nobody answers) is replaced, a live one is left alone (another
 * instance owns it). Per connection: the mutual handshake, one request (parsed with zod, size-capped),
 * its answer (parsed too), close. Nothing about a failed request is logged but its kind.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { chmod, unlink } from 'node:fs/promises';
import { clientProof, newNonce, newToken, proofMatches, serverProof } from './handshake';
import type { RequestContext } from './key-access';
import type { AccessLocation } from './location';
import { type AccessAnswer, type AccessRequest, MAX_REQUEST_BYTES, type WaitingNotice } from './messages';
import { ensurePrivateDir, writePrivateFile } from './private-files';
import { answerSchema, authenticatedRequestSchema, helloSchema, requestSchema } from './request-schema';
import { lineReader, parseLine, writeLine } from './wire';

/** The handshake and the request must arrive promptly; waiting for the user's answer is not limited here. */
const HANDSHAKE_MS = 10_000;
const MAX_CONNECTIONS = 16;

export class AlreadyListening extends Error {}

export interface AccessServerOptions {
  location: AccessLocation;
  handle(request: AccessRequest, context: RequestContext): Promise<AccessAnswer>;
  log?: { warn(message: string): void };
  platform?: string;
}

/** Answers whether something accepts connections at `path` (a live app), without sending it anything. */
function answersAt(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createConnection(path);
    probe.once('connect', () => (probe.destroy(), resolve(true)));
    probe.once('error', () => resolve(false));
  });
}

export function createAccessServer(options: AccessServerOptions) {
  const { location } = options;
  const unix = (options.platform ?? process.platform) !== 'win32';
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let token: Uint8Array = new Uint8Array();

  async function serve(socket: Socket): Promise<void> {
    const reader = lineReader(socket, MAX_REQUEST_BYTES);
    const handshake = setTimeout(() => socket.destroy(), HANDSHAKE_MS);
    const left = new AbortController();
    socket.once('close', () => left.abort());
    const hello = helloSchema.safeParse(parseLine(await reader.next()));
    if (!hello.success) return void socket.destroy();
    const nonce = newNonce();
    writeLine(socket, { nonce, proof: serverProof(token, hello.data.nonce, nonce) });
    const message = authenticatedRequestSchema.safeParse(parseLine(await reader.next()));
    clearTimeout(handshake);
    if (!message.success || !proofMatches(clientProof(token, hello.data.nonce, nonce), message.data.proof)) {
      writeLine(socket, {
        type: 'error',
        code: 'unauthenticated',
        message: 'The client did not prove it may talk to AI Key Manager.',
      });
      return void socket.end();
    }
    const request = requestSchema.safeParse(message.data.request);
    let answer: AccessAnswer;
    if (!request.success) {
      // Only the paths of the problems, never the values sent (they may hold anything).
      const where = [...new Set(request.error.issues.map((i) => i.path.join('.') || 'request'))].slice(0, 5).join(', ');
      answer = {
        type: 'error',
        code: 'invalid_request',
        message: `The request is not valid (${where}); is aikm the same version as the app?`,
      };
    } else {
      const notify = (text: string) => writeLine(socket, { type: 'waiting', message: text } satisfies WaitingNotice);
      answer = await options.handle(request.data, { notify, withdrawn: left.signal });
    }
    const checked = answerSchema.safeParse(answer);
    writeLine(
      socket,
      checked.success
        ? checked.data
        : { type: 'error', code: 'internal', message: 'AI Key Manager could not answer this request.' },
    );
    socket.end();
  }

  async function listen(): Promise<void> {
    if (unix) {
      await ensurePrivateDir(location.dir);
      if (await answersAt(location.socket))
        throw new AlreadyListening(`Another AI Key Manager already answers at ${location.socket}.`);
      // Nobody answers: a socket left by a crashed run. The directory is ours alone, so this is our file.
      await unlink(location.socket).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    } else {
      await ensurePrivateDir(location.dir);
    }
    token = newToken();
    await writePrivateFile(location.token, token);
    const listening = createServer((socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      serve(socket).catch(() => {
        options.log?.warn('aikm: a connection failed');
        socket.destroy();
      });
    });
    listening.maxConnections = MAX_CONNECTIONS;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new AlreadyListening(`Another AI Key Manager already answers at ${location.socket}.`)
            : error,
        ),
      );
      listening.listen(location.socket, resolve);
    });
    // The 0700 directory already keeps others out; 0600 on the socket holds even if the directory is loosened.
    if (unix) await chmod(location.socket, 0o600);
    server = listening;
  }

  /** On quit: stop listening, hang up on open requests (the CLI reports "the app quit"), remove our files. */
  async function close(): Promise<void> {
    const closing = server;
    server = null;
    if (!closing) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => closing.close(() => resolve()));
    await unlink(location.token).catch(() => undefined);
    if (unix) await unlink(location.socket).catch(() => undefined);
  }

  return { listen, close, isListening: () => server !== null };
}

export type AccessServer = ReturnType<typeof createAccessServer>;
