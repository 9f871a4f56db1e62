/**
 * The mutual handshake, on every platform (defence in depth: on Unix the 0700 directory already keeps
 * other users out; on Windows a named pipe's default ACL lets everyone connect, and anyone can create a
 * pipe of our name first). Both sides hold a random 32-byte token the app writes at start into the
 * private directory. Each side proves it over the other's fresh nonce, with a label per direction so a
 * proof can never be reflected back. The CLI checks the server's proof before it sends anything that
 * matters — a squatter on the socket learns no request and serves no "key".
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assertPrivate } from './private-check';

export const TOKEN_BYTES = 32;
export const NONCE_HEX = /^[0-9a-f]{64}$/;

export const newNonce = (): string => randomBytes(32).toString('hex');

function proof(token: Uint8Array, label: string, first: string, second: string): string {
  return createHmac('sha256', token).update(`aikm/1 ${label}\n${first}\n${second}`).digest('hex');
}

/** The server proves the token over the client's nonce (then its own). */
export const serverProof = (token: Uint8Array, clientNonce: string, serverNonce: string) =>
  proof(token, 'server', clientNonce, serverNonce);
/** The client proves the token over the server's nonce (then its own). */
export const clientProof = (token: Uint8Array, clientNonce: string, serverNonce: string) =>
  proof(token, 'client', serverNonce, clientNonce);

export function proofMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || !NONCE_HEX.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given, 'hex'));
}

/** Server, at each start: a fresh token, so one read from an earlier run is worth nothing. */
export const newToken = (): Uint8Array => randomBytes(TOKEN_BYTES);

/** CLI: the token, only from a private file of the right size (synchronous: a one-shot process). */
export function readToken(path: string): Uint8Array {
  assertPrivate(path, 'file');
  const token = readFileSync(path);
  if (token.length !== TOKEN_BYTES) throw new Error(`The token file ${path} is damaged; restart AI Key Manager.`);
  return token;
}
