/** settings:*, app:* — preferences, how keys are protected, links, focus. */
import type { Confirm } from '../confirm';
import { openProviderLink } from '../external-links';
import type { FocusRequests } from '../focus-requests';
import type { CoreDeps } from '../ports';
import { describeSecurity } from '../security-status';
import type { SettingsStore } from '../settings-store';
import type { Vault } from '../vault/vault';
import type { Handlers } from './types';

const WEAK_STORAGE_QUESTION = {
  title: 'Store keys with weak obfuscation',
  message: 'Store API keys on disk with weak obfuscation only?',
  detail:
    'No keyring answered, so keys written to disk would be protected only by a password built into Chromium: any program running as you could read them. Keys added during this run are written now, and new keys from now on.',
  confirmLabel: 'Store them anyway',
};

type AppChannels =
  | 'settings:get'
  | 'settings:update'
  | 'app:security-status'
  | 'app:set-weak-storage'
  | 'app:pending-focus'
  | 'app:open-link';

export interface AppHandlerDeps extends Pick<CoreDeps, 'cipher' | 'repository' | 'platform' | 'openExternal'> {
  vault: Vault;
  settings: SettingsStore;
  /** Main's own dialog, one at a time. */
  confirm: Confirm;
  focus: FocusRequests;
  announceChange(): void;
}

export function appHandlers(deps: AppHandlerDeps): Pick<Handlers, AppChannels> {
  const { vault, settings, announceChange, focus } = deps;

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
      if (allow && !settings.current().allowWeakStorage && !(await deps.confirm(WEAK_STORAGE_QUESTION)))
        return securityStatus();
      await settings.set({ allowWeakStorage: allow });
      if (allow) {
        deps.cipher.enableWeak?.();
        // This run's memory-only keys are written now, as the user asked.
        if ((await vault.persistSessionKeys()) > 0) announceChange();
      }
      return securityStatus();
    },
    'app:pending-focus': async () => ({ id: focus.take() }),
    'app:open-link': async ({ provider, target }) => ({
      opened: await openProviderLink(provider, target, deps.openExternal),
    }),
  };
}
