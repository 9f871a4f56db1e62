/**
 * The built preload (`out/preload/index.cjs`) run as Electron runs a sandboxed preload: in a context of
 * its own, with a `require` that offers only `electron`'s renderer modules and the few Node modules the
 * sandbox allows (anything else throws, as in Electron), and without Node's globals. It must load there
 * and expose exactly the contract's API.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { methodPath, subscriberPath } from '../../src/shared/ipc/api-shape';
import { channels, eventChannels } from '../../src/shared/ipc/contract';

const preloadPath = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));
/** What Electron's sandboxed preload can require (docs: "Process Sandboxing", preload scripts). */
const sandboxModules = ['events', 'timers', 'url'];

type Api = Record<string, Record<string, (...args: unknown[]) => unknown>>;

function runSandboxedPreload() {
  const exposed: [string, Api][] = [];
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Api) => exposed.push([key, api]) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: null };
      },
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(listener),
    },
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    const bare = name.replace(/^node:/, '');
    if (sandboxModules.includes(bare)) return { events: {}, timers: {}, url: {} }[bare];
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  const context = vm.createContext({});
  const wrapped = vm.runInContext(
    `(function (exports, require, module, process, Buffer, global, setImmediate, clearImmediate) {\n${readFileSync(preloadPath, 'utf8')}\n})`,
    context,
    { filename: preloadPath },
  ) as (...args: unknown[]) => void;
  const limitedProcess = { platform: process.platform, type: 'renderer', versions: {}, env: {}, argv: [] };
  wrapped(module.exports, sandboxRequire, module, limitedProcess, Buffer, context, setImmediate, clearImmediate);
  return { exposed, invoked, listeners, required };
}

describe('the built preload in a sandboxed context', () => {
  const run = runSandboxedPreload();

  it('loads, requiring nothing but electron', () => {
    expect([...new Set(run.required)]).toEqual(['electron']);
  });

  it('exposes exactly one object, window.api, with exactly the contract channels and events', () => {
    expect(run.exposed.map(([key]) => key)).toEqual(['api']);
    const api = run.exposed[0]?.[1] as Api;
    const leaves = Object.entries(api).flatMap(([domain, methods]) =>
      Object.keys(methods).map((m) => `${domain}.${m}`),
    );
    const expected = [...channels.map(methodPath), ...eventChannels.map(subscriberPath)].map(([d, m]) => `${d}.${m}`);
    expect(leaves.sort()).toEqual(expected.sort());
    for (const leaf of leaves) {
      const [domain, method] = leaf.split('.') as [string, string];
      expect(typeof api[domain]?.[method]).toBe('function');
    }
  });

  it('invokes each channel with its single input, and hands listeners the payload only', async () => {
    const api = run.exposed[0]?.[1] as Api;
    await api.keys?.test?.({ id: 'k1' });
    expect(run.invoked.at(-1)).toEqual(['keys:test', { id: 'k1' }]);
    const received: unknown[][] = [];
    const unsubscribe = api.keys?.onChanged?.((...args: unknown[]) => received.push(args)) as () => void;
    for (const listener of run.listeners.get('keys:changed') ?? []) listener({ sender: 'the IPC event' }, { keys: [] });
    expect(received).toEqual([[{ keys: [] }]]);
    unsubscribe();
    expect(run.listeners.get('keys:changed')?.size).toBe(0);
  });
});
