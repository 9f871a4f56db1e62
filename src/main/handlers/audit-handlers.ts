/** audit:* — read and export the audit log. */
import { toCsv } from '../audit/audit-log';
import type { AuditLog } from '../audit/audit-log';
import type { CoreDeps } from '../ports';
import type { Handlers } from './types';

export interface AuditHandlerDeps extends Pick<CoreDeps, 'saveFile'> {
  audit: AuditLog;
}

export function auditHandlers({ audit, saveFile }: AuditHandlerDeps): Pick<Handlers, 'audit:list' | 'audit:export'> {
  return {
    'audit:list': (query) => audit.list(query),
    'audit:export': async (query) => {
      const day = new Date().toISOString().slice(0, 10);
      return { path: await saveFile(`ai-key-manager-audit-${day}.csv`, toCsv((await audit.list(query)).entries)) };
    },
  };
}
