/**
 * The main-side core without Electron: vault, settings, test runner, event hub and the IPC handler
 * map. `index.ts` builds it with safeStorage and electron-store; the end-to-end tests build the very
 * same core with a test cipher, a temporary directory and fake provider servers, and drive it from the
 * real renderer.
 */
import type { KeySummary } from '../shared/keys';
import { AppError } from '../shared/ipc/result';
import type { Handlers, Logger } from './ipc/gatekeeper';
import { createEventHub } from './ipc/event-hub';
import { openProviderLink } from './external-links';
import type { ProviderRegistry } from './providers/registry';
import { describeSecurity } from './security-status';
import type { SettingsStore } from './settings-store';
import { type Clock, createScheduler, systemClock } from './schedule/scheduler';
import { alertForChange } from './schedule/alerts';
import { createTestRunner } from './testing/test-runner';
import type { TrayNotice } from './tray/tray-actions';
import type { Cipher } from './vault/cipher';
import type { KeyRepository } from './vault/repository';
import { createVault } from './vault/vault';

export interface CoreDeps {
  /** Wall clock and ticker for scheduled checks (tests pass a fake one). */
  clock?: Clock;
  /** Shows a desktop notification (an alert when a key starts or stops working). */
  notify?: (notice: TrayNotice) => void;
  cipher: Cipher;
  repository: KeyRepository;
  platform: string;
  openExternal: (url: string) => Promise<void>;
  settings: SettingsStore;
  /** Which provider APIs key tests talk to (tests: fake servers on 127.0.0.1). */
  registry: ProviderRegistry;
  fetch?: typeof fetch;
  log?: Logger;
}

export function createCore(deps: CoreDeps) {
  const { cipher, repository, platform, openExternal } = deps;
  const { settings } = deps;
  const log = deps.log ?? { warn: () => {}, error: () => {} };
  const vault = createVault({ cipher, repository, weakAllowed: () => settings.current().allowWeakStorage });
  const events = createEventHub();

  async function listKeys(): Promise<KeySummary[]> {
    return (await vault.list()).map((k) => ({ ...k, testing: runner.isTesting(k.id) }));
  }

  // Test-all changes many keys at once: coalesce the announcements into one per turn of the event loop.
  let announcing = false;
  function announceChange(): void {
    if (announcing) return;
    announcing = true;
    setTimeout(() => {
      announcing = false;
      listKeys().then(
        (keys) => events.emit('keys:changed', { keys }),
        () => log.error('could not list keys after a change'),
      );
    }, 0);
  }

  const runner = createTestRunner({
    vault,
    registry: deps.registry,
    timeoutMs: async () => (await settings.get()).testTimeoutMs,
    onChange: announceChange,
    onProgress: (progress) => events.emit('tests:progress', progress),
    onResult: (id, previous, result) => {
      if (!scheduledRun) return; // a test the user started shows its result where they started it
      void listKeys().then((keys) => {
        const key = keys.find((k) => k.id === id);
        const notice = key && alertForChange(key, previous, result);
        if (notice) deps.notify?.(notice);
      });
    },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });

  // Scheduled checks run test-all; changes found by them are announced with a desktop notification.
  let scheduledRun = false;
  const scheduler = createScheduler({
    clock: deps.clock ?? systemClock,
    intervalHours: () => settings.current().checkEveryHours,
    lastRun: () => settings.current().lastScheduledCheckAt,
    setLastRun: (at) => void settings.set({ lastScheduledCheckAt: at }).catch(() => log.error('could not save the check time')),
    run: async () => {
      scheduledRun = true;
      try {
        await runner.testAll();
        await runner.testAllDone();
      } finally {
        scheduledRun = false;
      }
    },
  });

  async function summary(id: string): Promise<KeySummary> {
    const key = (await listKeys()).find((k) => k.id === id);
    if (!key) throw new AppError('not_found', 'That key no longer exists; the list has been refreshed.');
    return key;
  }

  // A notification about a key was clicked: a window that is open gets an event; a window that opens
  // because of it asks once, when it loads (app:pending-focus), so the request cannot fire again later.
  let pendingFocus: string | null = null;
  function focusKey(id: string, windowIsNew = false): void {
    if (windowIsNew) pendingFocus = id;
    else events.emit('keys:focus', { id });
  }

  async function securityStatus() {
    return describeSecurity({
      mode: await vault.protection.mode(),
      weakStorageAllowed: settings.current().allowWeakStorage,
      backend: cipher.backend(),
      platform,
      storePath: repository.location,
      recovery: repository.recovery ?? null,
    });
  }

  /** Once at start: apply the weak-storage opt-in, then find keys this computer cannot open. */
  async function start(): Promise<void> {
    if (settings.current().allowWeakStorage) cipher.enableWeak?.();
    if ((await vault.checkReadable()) > 0) announceChange();
    scheduler.start();
  }

  const handlers: Handlers = {
    'keys:list': listKeys,
    'keys:add': async (input) => {
      const added = await vault.add(input);
      announceChange();
      if ((await settings.get()).testAfterAdd) {
        runner.test(added.id).catch(() => log.error('test after add failed'));
        return { ...added, testing: true };
      }
      return added;
    },
    'keys:remove': async ({ id }) => {
      await vault.remove(id);
      announceChange();
      return { id };
    },
    'keys:test': async ({ id }) => {
      await summary(id); // not_found before any work
      await runner.test(id);
      return summary(id);
    },
    'keys:test-all': () => runner.testAll(),
    'keys:cancel-tests': async () => ({ cancelled: runner.cancelAll() }),
    'keys:set-model': async ({ id, model }) => {
      await vault.setModel(id, model);
      announceChange();
      return summary(id);
    },
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'app:security-status': securityStatus,
    'app:set-weak-storage': async ({ allow }) => {
      await settings.set({ allowWeakStorage: allow });
      if (allow) {
        cipher.enableWeak?.();
        // This run's memory-only keys are written now, as the user asked.
        if ((await vault.persistSessionKeys()) > 0) announceChange();
      }
      return securityStatus();
    },
    'app:pending-focus': async () => {
      const id = pendingFocus;
      pendingFocus = null;
      return { id };
    },
    'app:open-link': async ({ provider, target }) => ({
      opened: await openProviderLink(provider, target, openExternal),
    }),
  };

  return { vault, events, handlers, runner, settings, scheduler, listKeys, focusKey, start, stop: () => scheduler.stop() };
}

export type Core = ReturnType<typeof createCore>;
