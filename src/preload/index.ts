/**
 * Sandboxed preload, bundled as one CommonJS file (sandboxed preloads cannot load ESM or other
 * modules). It exposes exactly one object, `window.api`, built from the IPC contract: no generic
 * invoke/send, and listeners receive the payload only — never the IpcRendererEvent, whose `sender`
 * would hand the page the raw ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/api-shape';

contextBridge.exposeInMainWorld(
  'api',
  buildApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe: (event, listener) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  }),
);
