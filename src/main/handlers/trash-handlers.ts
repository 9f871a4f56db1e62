/** trash:* — Recently deleted: list, restore, delete now (confirmed by main). */
import type { Handlers } from '../ipc/gatekeeper';
import type { HandlerContext } from './context';

export function trashHandlers(ctx: HandlerContext): Pick<Handlers, 'trash:list' | 'trash:restore' | 'trash:purge'> {
  const { trash, announceChange } = ctx;
  return {
    'trash:list': () => trash.list(),
    'trash:restore': async ({ id, name }) => {
      const key = await trash.restore(id, name);
      announceChange();
      return (await ctx.getKey(key.id)) ?? key;
    },
    'trash:purge': ({ id }) => trash.purge(id),
  };
}
