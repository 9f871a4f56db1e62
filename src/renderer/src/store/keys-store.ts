/**
 * Renderer state for stored keys. It holds only what main sends back (metadata and masked hints);
 * the secret typed into the add form is passed straight to `api.keys.add` and never kept here.
 */
import { create } from 'zustand';
import type { AddKeyInput, KeySummary } from '../../../shared/keys';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { api } from '../lib/ipc';

interface KeysState {
  keys: KeySummary[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  add(input: AddKeyInput): Promise<Result<KeySummary>>;
  remove(id: string): Promise<Result<{ id: string }>>;
  /** Follows `keys:changed` pushed by main; returns the unsubscribe function. */
  follow(): () => void;
}

function unreachable(error: unknown): IpcError {
  return { code: 'internal', message: error instanceof Error ? error.message : 'The app did not answer.' };
}

export const useKeys = create<KeysState>((set) => ({
  keys: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      const result = await api.keys.list();
      if (result.ok) set({ keys: result.value, loaded: true, loadError: null });
      else set({ loaded: true, loadError: result.error.message });
    } catch (error) {
      set({ loaded: true, loadError: unreachable(error).message });
    }
  },
  async add(input) {
    try {
      return await api.keys.add(input);
    } catch (error) {
      return { ok: false, error: unreachable(error) };
    }
  },
  async remove(id) {
    try {
      return await api.keys.remove({ id });
    } catch (error) {
      return { ok: false, error: unreachable(error) };
    }
  },
  follow() {
    return api.keys.onChanged(({ keys }) => set({ keys, loaded: true, loadError: null }));
  },
}));
