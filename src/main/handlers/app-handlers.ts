/** settings:*, app:* — preferences, how keys are protected, links, focus. */
import type { Handlers } from '../ipc/gatekeeper';
import { openProviderLink } from '../external-links';
import { describeSecurity } from '../security-status';
import type { HandlerContext } from './context';

const WEAK_STORAGE_QUESTION = {
  title: 'Store keys with weak obfuscation',
  message: 'Store API keys on disk with weak obfuscation only?',
  detail:
    'No keyring answered, so keys written to disk would be protected only by a password built into Chromium: any program running as you could read them. Keys added during this run are written now, and new keys from now on.',
  confirmLabel: 'Store them anyway',
};

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
      // Weakening storage is decided in main's own dialog, never by the window alone.
      if (allow && !settings.current().allowWeakStorage && !(await deps.confirm(WEAK_STORAGE_QUESTION))) return securityStatus();
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
