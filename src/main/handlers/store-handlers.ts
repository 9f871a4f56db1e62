/** store:* — the damaged key files set aside beside keys.json: list, restore, delete. */
import { AppError } from '../../shared/ipc/result';
import type { CoreDeps } from '../ports';
import type { Vault } from '../vault/vault';
import type { Handlers } from './types';

type StoreChannels = 'store:copies' | 'store:restore-copy' | 'store:delete-copy';

export interface StoreHandlerDeps extends Pick<CoreDeps, 'repository'> {
  vault: Vault;
  announceChange(): void;
}

export function storeHandlers(deps: StoreHandlerDeps): Pick<Handlers, StoreChannels> {
  const { vault, announceChange } = deps;
  const copies = () => {
    if (!deps.repository.copies || !deps.repository.readCopy)
      throw new AppError('not_found', 'This store keeps no set-aside copies.');
    return { copies: deps.repository.copies, readCopy: deps.repository.readCopy };
  };
  return {
    'store:copies': async () => deps.repository.copies?.list() ?? [],
    'store:restore-copy': async ({ name }) => {
      const result = await vault.restore(await copies().readCopy(name));
      if (result.restored > 0) {
        await vault.checkReadable(); // restored records are checked like any read from disk
        announceChange();
      }
      return result;
    },
    'store:delete-copy': async ({ name }) => {
      copies().copies.remove(name);
      return { name };
    },
  };
}
