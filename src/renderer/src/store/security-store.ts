/** How keys are protected on this machine (from main), shared by the Security page and the banners. */
import { create } from 'zustand';
import type { SecurityStatus } from '../../../shared/ipc/contract';
import type { SetAsideCopy } from '../../../shared/set-aside';
import { api } from '../lib/ipc';

interface SecurityState {
  status: SecurityStatus | null;
  error: string | null;
  load(): Promise<void>;
  setWeakStorage(allow: boolean): Promise<boolean>;
  /** Damaged key files set aside beside the store. */
  copies: SetAsideCopy[];
  loadCopies(): Promise<void>;
}

export const useSecurity = create<SecurityState>((set) => ({
  status: null,
  error: null,
  copies: [],
  async loadCopies() {
    const result = await api.store.copies();
    if (result.ok) set({ copies: result.value });
    else set({ error: result.error.message });
  },
  async load() {
    const result = await api.app.securityStatus();
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error.message });
  },
  async setWeakStorage(allow) {
    const result = await api.app.setWeakStorage({ allow });
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error.message });
    return result.ok;
  },
}));
