/** How keys are protected on this machine (from main), shared by the Security page and the banners. */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import type { SecurityStatus } from '../../../shared/ipc/contract';
import type { SetAsideCopy } from '../../../shared/set-aside';
import { api } from '../lib/ipc';
import { call } from './call';

interface SecurityState {
  status: SecurityStatus | null;
  error: string | null;
  load(): Promise<void>;
  setWeakStorage(allow: boolean): Promise<boolean>;
  /** Damaged key files set aside beside the store. */
  copies: SetAsideCopy[];
  loadCopies(): Promise<void>;
  /** Brings back the readable keys of a copy; the copy itself stays until deleted. */
  restoreCopy(name: string): ReturnType<Api['store']['restoreCopy']>;
  /** Deletes a copy for good, then reads the list again (whatever main answered). */
  deleteCopy(name: string): ReturnType<Api['store']['deleteCopy']>;
}

export const useSecurity = create<SecurityState>((set, get) => ({
  status: null,
  error: null,
  copies: [],
  async loadCopies() {
    const result = await call(() => api.store.copies());
    if (result.ok) set({ copies: result.value });
    else set({ error: result.error.message });
  },
  async load() {
    const result = await call(() => api.app.securityStatus());
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error.message });
  },
  async setWeakStorage(allow) {
    const result = await call(() => api.app.setWeakStorage({ allow }));
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error.message });
    return result.ok;
  },
  restoreCopy: (name) => call(() => api.store.restoreCopy({ name })),
  async deleteCopy(name) {
    const result = await call(() => api.store.deleteCopy({ name }));
    await get().loadCopies();
    return result;
  },
}));
