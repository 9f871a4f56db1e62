/** trash:* — Recently deleted: list, restore, delete now (confirmed by main). */
import type { RecentlyDeleted } from '../trash/recently-deleted';
import type { Handlers } from './types';

export interface TrashHandlerDeps {
  trash: RecentlyDeleted;
  announceChange(ids?: readonly string[]): void;
}

export function trashHandlers({
  trash,
  announceChange,
}: TrashHandlerDeps): Pick<Handlers, 'trash:list' | 'trash:restore' | 'trash:purge'> {
  return {
    'trash:list': () => trash.list(),
    'trash:restore': async ({ id, name }) => {
      const key = await trash.restore(id, name);
      announceChange([key.id]);
      return key;
    },
    'trash:purge': ({ id }) => trash.purge(id),
  };
}
