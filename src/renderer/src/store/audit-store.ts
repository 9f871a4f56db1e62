/** The audit log as main answers the current filter; a slower answer to an older filter is dropped. */
import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/audit-events';
import type { Api } from '../../../shared/ipc/api-shape';
import { api } from '../lib/ipc';
import { call, latestOnly } from './call';

export type AuditQuery = Parameters<Api['audit']['list']>[0];

interface AuditState {
  entries: AuditEntry[];
  /** Part of the log could not be read, or reading failed: shown above the table. */
  warning: string | null;
  list(query: AuditQuery): Promise<void>;
  /** Main asks where to save, in its own dialog; `path` is null if the user cancelled. */
  exportCsv(query: AuditQuery): ReturnType<Api['audit']['export']>;
}

export const useAudit = create<AuditState>((set) => {
  const start = latestOnly();
  return {
    entries: [],
    warning: null,
    async list(query) {
      const isLatest = start();
      const result = await call(() => api.audit.list(query));
      if (!isLatest()) return;
      if (result.ok) set({ entries: result.value.entries, warning: result.value.warning });
      else set({ warning: result.error.message });
    },
    exportCsv: (query) => call(() => api.audit.export(query)),
  };
});
