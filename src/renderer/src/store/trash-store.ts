/** Recently deleted, as main lists it; read again after every restore or purge, whatever main answered. */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import type { TrashItem } from '../../../shared/trash';
import { api } from '../lib/ipc';
import { call, latestOnly } from './call';

interface TrashState {
  /** null until main has answered once. */
  items: TrashItem[] | null;
  loadError: string | null;
  load(): Promise<void>;
  /** `name`: restore under another name (main refused the item's own: duplicate_name). */
  restore(id: string, name?: string): ReturnType<Api['trash']['restore']>;
  /** Main asks for the confirmation in its own dialog: this window alone cannot erase a key. */
  purge(id: string): ReturnType<Api['trash']['purge']>;
}

export const useTrash = create<TrashState>((set, get) => {
  const start = latestOnly();
  return {
    items: null,
    loadError: null,
    async load() {
      const isLatest = start();
      const result = await call(() => api.trash.list());
      if (!isLatest()) return;
      if (result.ok) set({ items: result.value, loadError: null });
      else set({ loadError: result.error.message });
    },
    async restore(id, name) {
      const result = await call(() => api.trash.restore(name === undefined ? { id } : { id, name }));
      await get().load();
      return result;
    },
    async purge(id) {
      const result = await call(() => api.trash.purge({ id }));
      await get().load();
      return result;
    },
  };
});
