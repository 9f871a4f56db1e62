/**
 * The size cap of provider answers: a body of declared length is left to the HTTP client (which never
 * delivers more than it declares); a compressed body is counted as it unpacks, since a small gzip can
 * unpack to gigabytes.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseTooLarge, guardedFetch } from '../../../../src/main/testing/guarded-fetch';

const LIMIT = 64 * 1024;
let server: Server;
let base: string;
beforeAll(async () => {
  const bomb = gzipSync(Buffer.alloc(LIMIT * 16, 'a')); // a few hundred bytes that unpack past the cap
  server = createServer((req, res) => {
    if (req.url?.startsWith('/chunked')) {
      // No declared length: the body is counted as it arrives.
      const size = Number(new URL(req.url, 'http://x').searchParams.get('bytes'));
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let sent = 0; sent < size; sent += 1024) res.write('x'.repeat(Math.min(1024, size - sent)));
      return res.end();
    }
    if (req.url === '/bomb')
      return res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
    const body = JSON.stringify({ object: 'list', data: [{ id: 'gpt-5.5' }] });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('guarded fetch', () => {
  const guarded = guardedFetch((input, init) => fetch(input, init), LIMIT);

  it('passes a small answer of declared length through', async () => {
    expect(await (await guarded(`${base}/list`)).json()).toEqual({ object: 'list', data: [{ id: 'gpt-5.5' }] });
  });

  it('reads an answer of unknown length whole when under the cap, and refuses one that grows past it', async () => {
    const under = await guarded(`${base}/chunked?bytes=${LIMIT - 10}`);
    expect((await under.text()).length).toBe(LIMIT - 10);
    await expect(guarded(`${base}/chunked?bytes=${LIMIT * 4}`)).rejects.toBeInstanceOf(ResponseTooLarge);
  });

  it('stops a compressed answer that unpacks past the cap, whatever length it declares', async () => {
    // Refused while it is read, before anything reaches the SDK.
    const read = guarded(`${base}/bomb`).then((response) => response.arrayBuffer());
    await expect(read).rejects.toSatisfy((error: unknown) => {
      const cause = (error as { cause?: unknown }).cause ?? error;
      return cause instanceof ResponseTooLarge || error instanceof ResponseTooLarge;
    });
  });
});
