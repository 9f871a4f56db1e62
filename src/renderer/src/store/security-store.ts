/** How keys are protected on this machine (from main), shared by the Security page and the banners. */
import { create } from 'zustand';
import type { SecurityStatus } from '../../../shared/ipc/contract';
import { api } from '../lib/ipc';

interface SecurityState {
  status: SecurityStatus | null;
  error: string | null;
  load(): Promise<void>;
  setWeakStorage(allow: boolean): Promise<boolean>;
}

export const useSecurity = create<SecurityState>((set) => ({
  status: null,
  error: null,
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
