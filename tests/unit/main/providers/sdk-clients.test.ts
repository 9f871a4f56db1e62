/** One SDK client per transport and address, made once, the least recently used let go past a bound. */
import { expect, it } from 'vitest';
import { sdkClients } from '../../../../src/main/providers/sdk-clients';

const transport = (): typeof fetch => async () => new Response(null);

it('makes one client per address and transport, and reuses it', () => {
  const made: string[] = [];
  const clientFor = sdkClients((baseUrl) => ({ baseUrl, n: made.push(baseUrl) }));
  const [a, b] = [transport(), transport()];
  const first = clientFor('https://api.example.com/v1', a);
  expect(clientFor('https://api.example.com/v1', a)).toBe(first);
  expect(clientFor('https://api.example.com/v1', b)).not.toBe(first); // another transport, another client
  expect(clientFor('https://other.example.com/v1', a)).not.toBe(first);
  expect(made).toHaveLength(3);
});

it('keeps at most 16 addresses per transport, letting the least recently used go', () => {
  let made = 0;
  const clientFor = sdkClients((baseUrl) => ({ baseUrl, n: ++made }));
  const t = transport();
  const url = (n: number) => `https://s${n}.example.com/v1`;
  const kept = clientFor(url(0), t);
  for (let n = 1; n < 16; n++) clientFor(url(n), t);
  expect(clientFor(url(0), t)).toBe(kept); // used again: now the most recent
  clientFor(url(16), t); // one too many: url(1), the least recently used, goes
  expect(clientFor(url(0), t)).toBe(kept);
  const before = made;
  clientFor(url(1), t);
  expect(made).toBe(before + 1); // made again
});
