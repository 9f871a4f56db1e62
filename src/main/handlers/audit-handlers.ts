/** audit:* — read and export the audit log. */
import { toCsv } from '../audit/audit-log';
import type { Handlers } from '../ipc/gatekeeper';
import type { HandlerContext } from './context';

export function auditHandlers(ctx: HandlerContext): Pick<Handlers, 'audit:list' | 'audit:export'> {
  return {
    'audit:list': (query) => ctx.audit.list(query),
    'audit:export': async (query) => {
      if (!ctx.deps.saveFile) return { path: null };
      const day = new Date().toISOString().slice(0, 10);
      return { path: await ctx.deps.saveFile(`ai-key-manager-audit-${day}.csv`, toCsv((await ctx.audit.list(query)).entries)) };
    },
  };
}
