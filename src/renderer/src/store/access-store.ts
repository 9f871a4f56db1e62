/** The aikm command line, as the Security page shows it: whether it can reach the app, and its grants. */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import type { AccessStatus, Grant } from '../../../shared/key-use';
import { api } from '../lib/ipc';
import { call } from './call';

interface AccessState {
  status: AccessStatus | null;
  grants: Grant[];
  error: string | null;
  load(): Promise<void>;
  /** Revokes one grant, then reads the list again (whatever main answered). */
  revoke(id: string): ReturnType<Api['access']['revoke']>;
}

export const useAccess = create<AccessState>((set, get) => ({
  status: null,
  grants: [],
  error: null,
  async load() {
    const [status, grants] = await Promise.all([call(() => api.access.status()), call(() => api.access.grants())]);
    if (status.ok && grants.ok) set({ status: status.value, grants: grants.value, error: null });
    else set({ error: (status.ok ? null : status.error.message) ?? (grants.ok ? null : grants.error.message) });
  },
  async revoke(id) {
    const result = await call(() => api.access.revoke({ id }));
    await get().load();
    return result;
  },
}));
