import { describe, expect, it, vi } from 'vitest';
import { channels, eventChannels } from '../../../src/shared/ipc/contract';
import { methodPath, subscriberPath } from '../../../src/shared/ipc/api-shape';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: [] })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(listener),
      ),
    },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

await import('../../../src/preload/index');
// Captured at import time: the preload runs once, as in a real renderer.
const exposed = [...electron.contextBridge.exposeInMainWorld.mock.calls] as [
  string,
  Record<string, Record<string, unknown>>,
][];
const [[worldKey, api]] = exposed as [[string, Record<string, Record<string, unknown>>]];

function leaves(object: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(object).flatMap(([domain, methods]) => Object.keys(methods).map((m) => `${domain}.${m}`));
}

describe('preload bridge', () => {
  it('exposes exactly one object, window.api', () => {
    expect(exposed).toHaveLength(1);
    expect(worldKey).toBe('api');
  });

  it('exposes exactly the contract channels and events, all functions, nothing generic', () => {
    const expected = [...channels.map(methodPath), ...eventChannels.map(subscriberPath)].map(([d, m]) => `${d}.${m}`);
    expect(leaves(api).sort()).toEqual(expected.sort());
    for (const [domain, method] of [...channels.map(methodPath), ...eventChannels.map(subscriberPath)]) {
      expect(typeof api[domain]?.[method]).toBe('function');
    }
    expect(JSON.stringify(leaves(api))).not.toMatch(/invoke|send|ipcRenderer|process/);
  });

  it('invokes the matching channel with the single input', async () => {
    await (api.keys?.remove as (input: unknown) => Promise<unknown>)({ id: 'x' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('keys:remove', { id: 'x' });
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = (api.keys?.onChanged as (l: unknown) => () => void)(listener);
    const fakeEvent = { sender: { send: vi.fn() }, senderId: 0 };
    for (const l of electron.listeners.get('keys:changed') ?? []) l(fakeEvent, { keys: [] });
    expect(listener).toHaveBeenCalledWith({ keys: [] });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(electron.listeners.get('keys:changed')?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => (api.keys?.onChanged as (l: unknown) => unknown)('not a function')).toThrow(TypeError);
  });
});
