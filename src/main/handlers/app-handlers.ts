/** settings:*, app:* — preferences, how keys are protected, links, focus. */
import type { Handlers } from '../ipc/gatekeeper';
import { openProviderLink } from '../external-links';
import { describeSecurity } from '../security-status';
import type { HandlerContext } from './context';

type AppChannels = 'settings:get' | 'settings:update' | 'app:security-status' | 'app:set-weak-storage' | 'app:pending-focus' | 'app:open-link';

export function appHandlers(ctx: HandlerContext): Pick<Handlers, AppChannels> {
  const { deps, vault, settings, announceChange, focus } = ctx;

  async function securityStatus() {
    return describeSecurity({
      mode: await vault.protection.mode(),
      weakStorageAllowed: settings.current().allowWeakStorage,
      backend: deps.cipher.backend(),
      platform: deps.platform,
      storePath: deps.repository.location,
      recovery: deps.repository.recovery ?? null,
    });
  }

  return {
    'settings:get': () => settings.get(),
    'settings:update': async (patch) => {
      const next = await settings.update(patch);
      if (patch.rotateAfterDays !== undefined) announceChange(); // the table and tray mark overdue keys
      return next;
    },
    'app:security-status': securityStatus,
    'app:set-weak-storage': async ({ allow }) => {
      await settings.set({ allowWeakStorage: allow });
      if (allow) {
        deps.cipher.enableWeak?.();
        // This run's memory-only keys are written now, as the user asked.
        if ((await vault.persistSessionKeys()) > 0) announceChange();
      }
      return securityStatus();
    },
    'app:pending-focus': async () => {
      const id = focus.pending;
      focus.pending = null;
      return { id };
    },
    'app:open-link': async ({ provider, target }) => ({
      opened: await openProviderLink(provider, target, deps.openExternal),
    }),
  };
}
