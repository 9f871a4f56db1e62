/**
 * Runs in the page before the app, standing in for the Electron preload: it builds `window.api` with the
 * very same `buildApi` the preload uses, over a transport made of Playwright bindings instead of
 * ipcRenderer. Bundled to one IIFE by bridge-script.ts.
 */
import { buildApi } from '../../../src/shared/ipc/api-shape';

type Listener = (payload: unknown) => void;
const host = window as unknown as {
  __aikmInvoke(channel: string, input: unknown): Promise<unknown>;
  __aikmEmit?: (event: string, payload: unknown) => void;
};
const listeners = new Map<string, Set<Listener>>();

host.__aikmEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

// contextBridge hands the page a frozen copy; freezing here keeps the page from patching the bridge too.
const api = buildApi({
  invoke: (channel, input) => host.__aikmInvoke(channel, input),
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
});
for (const domain of Object.values(api)) Object.freeze(domain);
Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
