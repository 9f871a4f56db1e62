/**
 * The main-side core without Electron: vault, settings, test runner, scheduler, audit log, event hub
 * and the IPC handler map (one module per domain under handlers/, each given only what it uses).
 * compose.ts builds it with the ports of ports.ts: Electron's in index.ts, stand-ins in the tests.
 */
import type { AuditLog } from './audit/audit-log';
import { createCliAccess } from './cli-access/create-cli-access';
import { inspectorFor } from './cli-access/requester';
import { createKeyClipboard } from './clipboard/create-key-clipboard';
import { accessHandlers } from './handlers/access-handlers';
import { defaultEnvNamesFor } from './key-use/default-env-names';
import type { KeyUseAudit } from './key-use/ports';
import { oneAtATime } from './confirm';
import { createFocusRequests } from './focus-requests';
import { appHandlers } from './handlers/app-handlers';
import { auditHandlers } from './handlers/audit-handlers';
import { importHandlers } from './handlers/import-handlers';
import { keyHandlers } from './handlers/key-handlers';
import { storeHandlers } from './handlers/store-handlers';
import { trashHandlers } from './handlers/trash-handlers';
import type { Handlers } from './handlers/types';
import { createImportSession } from './import/env-import';
import { createEventHub } from './ipc/event-hub';
import { createKeyAnnouncer } from './key-events';
import { latestEvery } from './latest-every';
import type { CoreDeps, Notice } from './ports';
import { alertForChange } from './schedule/alerts';
import { createScheduler } from './schedule/scheduler';
import { createTestRunner } from './testing/test-runner';
import { createRecentlyDeleted } from './trash/recently-deleted';
import { createTrashStore } from './trash/trash-store';
import { createVault } from './vault/vault';
import type { TestProgress } from '../shared/test-result';

/** How often "test all" tells its progress, at most (the bar moves ten times a second). */
export const PROGRESS_EVERY_MS = 100;

const HOUR_MS = 3_600_000;

export function createCore(deps: CoreDeps) {
  const { settings, log, clock, cipher, repository } = deps;
  // Recording must never break the action it records (nor leave an unhandled rejection behind).
  const audit: AuditLog = {
    append: (entry) => deps.audit.append(entry).catch(() => log.error('could not write the audit log')),
    list: (query) => deps.audit.list(query),
    flush: () => deps.audit.flush().catch(() => log.error('could not write the audit log')),
  };
  const events = createEventHub();
  // The runner is made after the vault it tests; summaries ask it only later, when keys are listed.
  const vault = createVault({
    cipher,
    repository,
    weakAllowed: () => settings.current().allowWeakStorage,
    live: { isTesting: (id) => runner.isTesting(id), rotateAfterDays: () => settings.current().rotateAfterDays },
  });
  // One of main's dialogs at a time, whichever channel asks (a renderer cannot stack them).
  const confirm = oneAtATime(deps.confirm);
  const trash = createRecentlyDeleted({
    vault,
    store: createTrashStore(repository),
    audit,
    confirm,
    now: () => clock.now(),
  });
  const focus = createFocusRequests((id) => events.emit('keys:focus', { id }));
  const listKeys = () => vault.list();
  const getKey = (id: string) => vault.get(id);

  /** Shows the window; a key to show is handed over as focus-requests.ts explains. */
  function openWindow(keyId?: string): void {
    const { created } = deps.showWindow();
    if (keyId) focus.request(keyId, created);
  }
  /** A notice that opens the window on its key when clicked. */
  const notify = (notice: Notice) => deps.notify(notice, () => openWindow(notice.keyId));

  const announce = createKeyAnnouncer({ events, vault, log });
  const announceChange = announce.changed;

  // Progress is a display: the first and the last state at once, the ones between at most ten a second.
  const progress = latestEvery<TestProgress>(PROGRESS_EVERY_MS, (state) => events.emit('tests:progress', state));
  const runner = createTestRunner({
    vault,
    registry: deps.registry,
    fetch: deps.fetch,
    timeoutMs: async () => (await settings.get()).testTimeoutMs,
    onChange: announce.testing,
    onProgress: (state) => {
      progress.push(state);
      if (!state.running) progress.flush();
    },
    onResult: (key, previous, result, origin) => {
      const { id } = key;
      announce.tested(id, result.testedAt);
      void audit.append({
        event: 'tested',
        keyId: id,
        keyName: key.name,
        provider: key.provider,
        detail: result.outcome,
      });
      if (result.outcome === 'ok')
        trash.secretConfirmed(id).catch(() => log.error('could not update Recently deleted'));
      // A test the user started shows its result where they started it; scheduled checks announce changes.
      const notice = origin === 'schedule' ? alertForChange(key, previous, result) : null;
      if (notice) notify(notice);
    },
  });

  const scheduler = createScheduler({
    clock,
    intervalHours: () => settings.current().checkEveryHours,
    lastRun: () => settings.current().lastScheduledCheckAt,
    setLastRun: (at) =>
      void settings.set({ lastScheduledCheckAt: at }).catch(() => log.error('could not save the check time')),
    run: async () => {
      await runner.testAll('schedule');
      await runner.testAllDone();
    },
  });

  // Using keys outside the app: the clipboard (Copy key) and the aikm command line.
  const keyUseAudit: KeyUseAudit = (entry) => void audit.append(entry);
  const clipboard = createKeyClipboard({
    clipboard: deps.clipboard,
    platform: deps.platform,
    clearAfterSeconds: () => settings.current().clipboardClearSeconds,
    withSecret: vault.withSecret,
    envNamesFor: defaultEnvNamesFor,
    audit: keyUseAudit,
    log,
  });
  const cliAccess = createCliAccess({
    listKeys,
    testKeys: async (ids) => {
      await Promise.all(ids.map((id) => runner.test(id)));
      return vault.list(ids);
    },
    withSecret: vault.withSecret,
    envNamesFor: defaultEnvNamesFor,
    approve: deps.approve,
    audit: keyUseAudit,
    clock,
    inspect: inspectorFor(deps.platform),
    location: deps.accessLocation,
    log,
  });
  let accessProblem: string | null = 'Not started yet.';
  const accessStatus = () => ({
    listening: cliAccess.isListening(),
    socket: deps.accessLocation.socket,
    problem: cliAccess.isListening() ? null : accessProblem,
  });

  let stopPurging = () => {};
  /** Once at start: apply the weak-storage opt-in, find keys this computer cannot open, start checks. */
  async function start(): Promise<void> {
    if (settings.current().allowWeakStorage) cipher.enableWeak?.();
    // The command line is an extra door: if it cannot open (another instance, a directory that is not
    // private), the app works without it and the Security page says why. It needs none of the checks
    // below (a key that cannot be opened is refused when asked for), so it opens while they run.
    const opening = cliAccess.start().then(
      () => (accessProblem = null),
      (error: unknown) => {
        accessProblem = error instanceof Error ? error.message : 'The command-line socket could not be opened.';
        log.warn(`aikm: ${accessProblem}`);
      },
    );
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
    await opening;
  }

  const imports = createImportSession();
  const handlers: Handlers = {
    ...keyHandlers({
      vault,
      runner,
      settings,
      audit,
      trash,
      announceChange,
      announceRemoved: announce.removed,
      copyText: deps.copyText,
      // A grant was for this secret: a deleted or replaced key asks again.
      secretGone: cliAccess.forgetKey,
    }),
    ...accessHandlers({ clipboard, cliAccess, accessStatus }),
    ...trashHandlers({ trash, announceChange }),
    ...importHandlers({
      vault,
      runner,
      settings,
      audit,
      session: imports,
      announceChange,
      env: deps.env,
      pickFile: deps.pickFile,
    }),
    ...auditHandlers({ audit, saveFile: deps.saveFile }),
    ...appHandlers({
      vault,
      settings,
      confirm,
      focus,
      announceChange,
      cipher,
      repository,
      platform: deps.platform,
      openExternal: deps.openExternal,
    }),
    ...storeHandlers({ vault, announceChange, repository }),
  };

  /**
   * Stops everything the core started: checks, purging, import candidates, running tests — and writes
   * the test results still waiting to be written, before it returns; the audit lines still waiting, the
   * command line's socket and a copied key still on the clipboard (at most a second) by the promise.
   */
  function stop(): Promise<void> {
    scheduler.stop();
    stopPurging();
    imports.clear();
    runner.cancelAll();
    progress.stop();
    try {
      repository.results.flushSync();
    } catch {
      log.error('could not write the latest test results');
    }
    return Promise.all([
      audit.flush(), // the lines of the last 50 ms (a test-all cancelled by quitting)
      cliAccess.stop().catch(() => log.error('could not close the command-line socket')),
      clipboard.dispose().catch(() => log.error('could not clear the clipboard')),
    ]).then(() => {});
  }

  /** The window closed (or went to the tray): what it was choosing from leaves memory now. */
  const windowClosed = () => imports.clear();

  return {
    vault,
    events,
    handlers,
    runner,
    settings,
    scheduler,
    audit,
    clipboard,
    cliAccess,
    listKeys,
    getKey,
    openWindow,
    notify,
    start,
    windowClosed,
    /** Writes the test results waiting to be written now (tests, before reading the file). */
    flushResults: () => repository.results.flush(),
    stop,
  };
}

export type Core = ReturnType<typeof createCore>;
