/**
 * One SDK client per transport and base URL, shared by every test of every key that goes there; the key
 * travels in each request's own headers (which every SDK here places after its client-level ones).
 * Building a client per test was a fifth of the main process's CPU in "test all" — the OpenAI SDK alone
 * builds some fifty resource objects per client — and a client that holds no key cannot leak one.
 */

import type { ProbeOptions } from './types';

/** The client-level key: never sent, since every request brings its own. A provider that got it would refuse it. */
export const KEY_IN_EACH_REQUEST = 'aikm-key-is-in-each-request';

/** Custom services can have many addresses; a client no test uses any more is let go. */
const CLIENTS_PER_TRANSPORT = 16;

export type Transport = typeof globalThis.fetch;
export type ClientFor<C> = (baseUrl: string, transport?: Transport) => C;

/**
 * `make(baseUrl, transport)` once per transport and base URL. Without a transport, Node's fetch is looked
 * up at each request (as the SDKs would not: they keep the one they found), so a test that stubs it is obeyed.
 */
export function sdkClients<C>(make: (baseUrl: string, transport: Transport) => C): ClientFor<C> {
  const byTransport = new WeakMap<Transport, Map<string, C>>();
  const nodeFetch: Transport = (input, init) => fetch(input, init);
  return function clientFor(baseUrl, transport = nodeFetch) {
    let clients = byTransport.get(transport);
    if (!clients) byTransport.set(transport, (clients = new Map()));
    const known = clients.get(baseUrl);
    clients.delete(baseUrl); // re-inserted last: the Map's order is its use order
    const client = known ?? make(baseUrl, transport);
    clients.set(baseUrl, client);
    if (clients.size > CLIENTS_PER_TRANSPORT) clients.delete(clients.keys().next().value as string);
    return client;
  };
}

export interface LazySdk<M, C> {
  /** The SDK once imported (its error classes tell failures apart); undefined before the first test. */
  loaded(): M | undefined;
  /** The SDK and the client for this test's address and transport, importing the SDK on first use. */
  client(options: Pick<ProbeOptions, 'baseUrl' | 'fetch'>): Promise<{ sdk: M; client: C }>;
}

/** An SDK imported on the first test (starting the app loads none), with its shared clients. */
export function lazySdk<M, C>(
  load: () => Promise<M>,
  make: (sdk: M, baseUrl: string, transport: Transport) => C,
): LazySdk<M, C> {
  let sdk: M | undefined;
  let clients: ClientFor<C> | undefined;
  return {
    loaded: () => sdk,
    async client(options) {
      const ready = (sdk ??= await load());
      clients ??= sdkClients((baseUrl, transport) => make(ready, baseUrl, transport));
      return { sdk: ready, client: clients(options.baseUrl, options.fetch) };
    },
  };
}
