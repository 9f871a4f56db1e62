/**
 * The main-side core without Electron: vault, settings, test runner, scheduler, audit log, event hub
 * and the IPC handler map (one module per domain under handlers/). `index.ts` builds it with
 * safeStorage, electron-store and Electron dialogs; the end-to-end tests build the very same core with
 * a test cipher, a temporary directory and fake provider servers, and drive it from the real renderer.
 */
import type { KeySummary } from '../shared/keys';
import { type AuditLog, createMemoryAuditLog } from './audit/audit-log';
import { appHandlers } from './handlers/app-handlers';
import { auditHandlers } from './handlers/audit-handlers';
import { importHandlers } from './handlers/import-handlers';
import { keyHandlers } from './handlers/key-handlers';
import { storeHandlers } from './handlers/store-handlers';
import { trashHandlers } from './handlers/trash-handlers';
import type { Handlers, Logger } from './ipc/gatekeeper';
import { createEventHub } from './ipc/event-hub';
import { createImportSession } from './import/env-import';
import type { ProviderRegistry } from './providers/registry';
import type { SettingsStore } from './settings-store';
import { type Clock, createScheduler, systemClock } from './schedule/scheduler';
import { type Confirm, oneAtATime } from './confirm';
import { alertForChange } from './schedule/alerts';
import { createTestRunner } from './testing/test-runner';
import { createRecentlyDeleted } from './trash/recently-deleted';
import { createTrashStore } from './trash/trash-store';
import type { TrayNotice } from './tray/tray-actions';
import type { Cipher } from './vault/cipher';
import type { KeyRepository } from './vault/repository';
import { createVault } from './vault/vault';

export interface CoreDeps {
  cipher: Cipher;
  repository: KeyRepository;
  platform: string;
  openExternal: (url: string) => Promise<void>;
  settings: SettingsStore;
  /** Which provider APIs key tests talk to (tests: fake servers on 127.0.0.1). */
  registry: ProviderRegistry;
  fetch?: typeof fetch;
  log?: Logger;
  /** Wall clock and ticker for scheduled checks (tests pass a fake one). */
  clock?: Clock;
  /** Shows a desktop notification (an alert when a key starts or stops working). */
  notify?: (notice: TrayNotice) => void;
  audit?: AuditLog;
  /** The environment to import keys from (the app passes process.env; tests pass their own). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Opens a file dialog (main-side) and answers the chosen path; null when cancelled. */
  pickFile?: () => Promise<string | null>;
  /** Opens a save dialog and writes `content`; answers the path, or null when cancelled. */
  saveFile?: (suggestedName: string, content: string) => Promise<string | null>;
  copyText?: (text: string) => void;
  /**
   * Asks the user in a dialog main opens (never the window): weak storage, erasing a key for good.
   * Required, so a composition that forgets it does not compile.
   */
  confirm: Confirm;
}

export function createCore(deps: CoreDeps) {
  const { settings } = deps;
  const log = deps.log ?? { warn: () => {}, error: () => {} };
  const auditLog = deps.audit ?? createMemoryAuditLog();
  // Recording must never break the action it records (nor leave an unhandled rejection behind).
  const audit: AuditLog = {
    append: (entry) => auditLog.append(entry).catch(() => log.error('could not write the audit log')),
    list: (query) => auditLog.list(query),
  };
  const vault = createVault({ cipher: deps.cipher, repository: deps.repository, weakAllowed: () => settings.current().allowWeakStorage });
  const events = createEventHub();
  const clock = deps.clock ?? systemClock;
  // One of main's dialogs at a time, whichever channel asks (a renderer cannot stack them).
  const confirm = oneAtATime(deps.confirm);
  const trash = createRecentlyDeleted({ vault, store: createTrashStore(deps.repository), audit, confirm, now: () => clock.now() });

  const DAY_MS = 86_400_000;
  /** Adds what only the core knows: a test is running, the key is due for rotation. */
  function live(key: KeySummary, now = Date.now()): KeySummary {
    const days = settings.current().rotateAfterDays;
    return {
      ...key,
      testing: runner.isTesting(key.id),
      rotationDue: days > 0 && now - new Date(key.rotatedAt).getTime() > days * DAY_MS,
    };
  }
  async function listKeys(): Promise<KeySummary[]> {
    const now = Date.now();
    return (await vault.list()).map((k) => live(k, now));
  }
  async function getKey(id: string): Promise<KeySummary | null> {
    const key = await vault.get(id);
    return key && live(key);
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

  let scheduledRun = false;
  const runner = createTestRunner({
    vault,
    registry: deps.registry,
    timeoutMs: async () => (await settings.get()).testTimeoutMs,
    onChange: announceChange,
    onProgress: (progress) => events.emit('tests:progress', progress),
    onResult: (id, previous, result) => {
      void getKey(id).then((key) => {
        if (!key) return;
        void audit.append({ event: 'tested', keyId: id, keyName: key.name, provider: key.provider, detail: result.outcome });
        if (result.outcome === 'ok') trash.secretConfirmed(id).catch(() => log.error('could not update Recently deleted'));
        // A test the user started shows its result where they started it; scheduled checks announce changes.
        const notice = scheduledRun ? alertForChange(key, previous, result) : null;
        if (notice) deps.notify?.(notice);
      });
    },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });

  const scheduler = createScheduler({
    clock,
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

  // A notification about a key was clicked: a window that is open gets an event; a window that opens
  // because of it asks once, when it loads (app:pending-focus), so the request cannot fire again later.
  const focus = { pending: null as string | null };
  function focusKey(id: string, windowIsNew = false): void {
    if (windowIsNew) focus.pending = id;
    else events.emit('keys:focus', { id });
  }

  const HOUR_MS = 3_600_000;
  let stopPurging = () => {};
  /** Once at start: apply the weak-storage opt-in, find keys this computer cannot open, start checks. */
  async function start(): Promise<void> {
    if (settings.current().allowWeakStorage) deps.cipher.enableWeak?.();
    // A key file that cannot be read is reported where keys are listed; start-up goes on regardless.
    const unusable = await vault.checkReadable().catch(() => {
      log.error('could not check the stored keys at start');
      return 0;
    });
    if (unusable > 0) announceChange();
    scheduler.start();
    // Recently deleted is purged after 30 days whether or not anyone looks at it.
    const purge = () => void trash.purgeExpired().catch(() => log.error('could not purge Recently deleted'));
    stopPurging = clock.every(HOUR_MS, purge);
    await trash.reconcile().then(purge, () => log.error('could not check Recently deleted'));
  }

  const imports = createImportSession();
  const context = { deps: { ...deps, confirm }, vault, runner, settings, audit, announceChange, listKeys, getKey, focus, imports, trash };
  const handlers: Handlers = {
    ...keyHandlers(context),
    ...trashHandlers(context),
    ...importHandlers(context),
    ...auditHandlers(context),
    ...appHandlers(context),
    ...storeHandlers(context),
  };

  function stop(): void {
    scheduler.stop();
    stopPurging();
    imports.clear();
  }

  /** The window closed (or went to the tray): what it was choosing from leaves memory now. */
  const windowClosed = () => imports.clear();

  return { vault, events, handlers, runner, settings, scheduler, audit, listKeys, getKey, focusKey, start, windowClosed, stop };
}

export type Core = ReturnType<typeof createCore>;
