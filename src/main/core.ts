/**
 * The main-side core without Electron: vault, event hub and the IPC handler map. `index.ts` builds it
 * with safeStorage and electron-store; the end-to-end tests build the very same core with a test cipher
 * and a temporary directory, and drive it from the real renderer.
 */
import type { Handlers } from './ipc/gatekeeper';
import { createEventHub } from './ipc/event-hub';
import { openProviderLink } from './external-links';
import { describeSecurity } from './security-status';
import type { Cipher } from './vault/cipher';
import type { KeyRepository } from './vault/repository';
import { createVault } from './vault/vault';

export interface CoreDeps {
  cipher: Cipher;
  repository: KeyRepository;
  platform: string;
  openExternal: (url: string) => Promise<void>;
}

export function createCore({ cipher, repository, platform, openExternal }: CoreDeps) {
  const vault = createVault({ cipher, repository });
  const events = createEventHub();

  async function announceChange(): Promise<void> {
    events.emit('keys:changed', { keys: await vault.list() });
  }

  const handlers: Handlers = {
    'keys:list': () => vault.list(),
    'keys:add': async (input) => {
      const summary = await vault.add(input);
      await announceChange();
      return summary;
    },
    'keys:remove': async ({ id }) => {
      await vault.remove(id);
      await announceChange();
      return { id };
    },
    'app:security-status': async () =>
      describeSecurity({
        available: await cipher.isAvailable(),
        backend: cipher.backend(),
        platform,
        storePath: repository.location,
      }),
    'app:open-link': async ({ provider, target }) => ({
      opened: await openProviderLink(provider, target, openExternal),
    }),
  };

  return { vault, events, handlers };
}

export type Core = ReturnType<typeof createCore>;
