/**
 * The socket server on its own: where it may listen, stale versus live sockets, and a client that
 * sends garbage, too much, or the wrong proof — each refused without an echo and without stopping it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, mkdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientProof, newNonce, serverProof } from '../../../../src/main/cli-access/handshake';
import { LocationError, accessLocation } from '../../../../src/main/cli-access/location';
import type { AccessAnswer } from '../../../../src/main/cli-access/messages';
import { AlreadyListening, createAccessServer } from '../../../../src/main/cli-access/server';

const roots: string[] = [];
function location() {
  const root = mkdtempSync('/tmp/aikm-s-');
  roots.push(root);
  return accessLocation({ AIKM_SOCKET_DIR: join(root, 'd') });
}
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const answer: AccessAnswer = { type: 'keys', keys: [] };
const server = (loc = location()) => createAccessServer({ location: loc, handle: async () => answer });

/** Talks raw to the server: sends `lines`, answers with everything it said until it hung up. */
function converse(socketPath: string, lines: (string | ((said: string[]) => string))[]): Promise<string[]> {
  return new Promise((resolve) => {
    const said: string[] = [];
    let buffer = '';
    const socket = connect(socketPath);
    const send = () => {
      const next = lines.shift();
      if (next !== undefined) socket.write(`${typeof next === 'string' ? next : next(said)}\n`);
    };
    socket.on('connect', send);
    socket.on('data', (d) => {
      buffer += d;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      said.push(...parts);
      send();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(said));
  });
}

describe('access server', () => {
  it('creates its directory 0700, the socket 0600 and a 32-byte token 0600; removes them on stop', async () => {
    const loc = location();
    const s = server(loc);
    await s.listen();
    expect(statSync(loc.dir).mode & 0o777).toBe(0o700);
    expect(statSync(loc.socket).mode & 0o777).toBe(0o600);
    expect(statSync(loc.token).mode & 0o777).toBe(0o600);
    expect(readFileSync(loc.token)).toHaveLength(32);
    await s.close();
    expect(existsSync(loc.socket) || existsSync(loc.token)).toBe(false);
  });

  it('answers a client that proves the token, over a fresh nonce each time', async () => {
    const loc = location();
    const s = server(loc);
    await s.listen();
    const token = readFileSync(loc.token);
    const nonce = newNonce();
    const said = await converse(loc.socket, [
      JSON.stringify({ hello: 'aikm/1', nonce }),
      (prior) => {
        const reply = JSON.parse(prior[0] ?? '{}') as { nonce: string; proof: string };
        expect(reply.proof).toBe(serverProof(token, nonce, reply.nonce));
        return JSON.stringify({ proof: clientProof(token, nonce, reply.nonce), request: { command: 'list' } });
      },
    ]);
    expect(JSON.parse(said[1] ?? '{}')).toEqual(answer);
    await s.close();
  });

  it('refuses garbage, an oversized line, a wrong proof and an invalid request — without quoting them — and keeps serving', async () => {
    const loc = location();
    const s = server(loc);
    await s.listen();
    expect(await converse(loc.socket, ['not json'])).toEqual([]);
    expect(await converse(loc.socket, ['x'.repeat(70_000)])).toEqual([]);
    const hello = JSON.stringify({ hello: 'aikm/1', nonce: newNonce() });
    const wrong = await converse(loc.socket, [
      hello,
      JSON.stringify({ proof: 'f'.repeat(64), request: { command: 'list' } }),
    ]);
    expect(JSON.parse(wrong[1] ?? '{}')).toMatchObject({ type: 'error', code: 'unauthenticated' });
    const token = readFileSync(loc.token);
    const nonce = newNonce();
    const invalid = await converse(loc.socket, [
      JSON.stringify({ hello: 'aikm/1', nonce }),
      (prior) => {
        const reply = JSON.parse(prior[0] ?? '{}') as { nonce: string };
        return JSON.stringify({
          proof: clientProof(token, nonce, reply.nonce),
          request: { command: 'get', name: 'sk-proj-ECHOME0123456789', secret: 'sk-proj-ECHOME0123456789' },
        });
      },
    ]);
    expect(JSON.parse(invalid[1] ?? '{}')).toMatchObject({ type: 'error', code: 'invalid_request' });
    expect(invalid.join('')).not.toContain('ECHOME');
    expect(s.isListening()).toBe(true);
    await s.close();
  });

  it('replaces a stale socket left by a crashed run, and never steals a live one', async () => {
    const loc = location();
    mkdirSync(loc.dir, { mode: 0o700 });
    // A process that listens and is killed: its socket file stays behind, nobody answers on it.
    const crashed = spawn(process.execPath, [
      '-e',
      `require('net').createServer().listen(${JSON.stringify(loc.socket)}, () => console.log('up'))`,
    ]);
    await new Promise((resolve) => crashed.stdout.once('data', resolve));
    crashed.kill('SIGKILL');
    await new Promise((resolve) => crashed.once('close', resolve));
    expect(existsSync(loc.socket)).toBe(true);
    const first = server(loc);
    await first.listen();
    await expect(server(loc).listen()).rejects.toBeInstanceOf(AlreadyListening);
    expect(first.isListening()).toBe(true);
    await first.close();
  });

  it('refuses a directory that is a symlink, or open to others', async () => {
    const loc = location();
    const elsewhere = `${loc.dir}-real`;
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, loc.dir);
    await expect(server(loc).listen()).rejects.toThrow(/is not a directory \(a symlink/);
    const open = location();
    mkdirSync(open.dir, { mode: 0o777 });
    await expect(server(open).listen()).rejects.toThrow(/open to other users/);
  });

  it('says clearly when the socket path would be too long', () => {
    expect(() => accessLocation({ AIKM_SOCKET_DIR: `/tmp/${'x'.repeat(120)}` }, 'linux')).toThrow(LocationError);
    expect(() => accessLocation({ AIKM_SOCKET_DIR: `/tmp/${'x'.repeat(120)}` }, 'linux')).toThrow(/allows 107/);
    expect(() => accessLocation({ AIKM_SOCKET_DIR: 'relative/dir' }, 'linux')).toThrow(/absolute/);
  });

  it('finds the same place for server and CLI: XDG_RUNTIME_DIR, else tmpdir/aikm-<uid>; a named pipe on Windows', () => {
    expect(accessLocation({ XDG_RUNTIME_DIR: '/run/user/1000' }, 'linux').socket).toBe('/run/user/1000/aikm/aikm.sock');
    expect(accessLocation({}, 'linux').dir).toMatch(/aikm-\d+$/);
    const win = accessLocation({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32');
    expect(win.socket).toMatch(/^\\\\\.\\pipe\\aikm-[\w.-]+-[0-9a-f]{16}$/);
  });
});
