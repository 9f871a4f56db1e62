/**
 * Electron's side of the app: lifecycle, the renderer protocol, and Electron's implementation of every
 * port (ports.ts) that composeApp builds the app from — the tests compose the same app with stand-ins.
 * No behaviour lives here; each piece is a small module tested on its own.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import {
  type BrowserWindow,
  ClipboardItem,
  Menu,
  app,
  clipboard,
  dialog,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { createFileAuditLog } from './audit/audit-log';
import { answerFor, approvalDialog } from './cli-access/approval-dialog';
import { accessLocation } from './cli-access/location';
import { electronClipboardPort } from './clipboard/clipboard-port';
import { type App, composeApp } from './compose';
import { registerIpc } from './ipc/register';
import { createSenderCheck } from './ipc/sender';
import { createProviderRegistry } from './providers/registry';
import { systemClock } from './schedule/scheduler';
import { createTrayController, notify as showNotice } from './tray/tray-controller';
import { createSafeStorageCipher } from './vault/safe-storage-cipher';
import { createElectronSettingsStore } from './electron-settings-store';
import { createElectronStoreRepository } from './vault/electron-store-repository';
import { buildAppMenuTemplate } from './window/app-menu';
import { APP_ENTRY_URL, APP_SCHEME, createAppRequestHandler } from './window/app-protocol';
import { keepInTrayOnClose } from './window/close-to-tray';
import { developmentCsp, productionCsp } from './window/csp';
import { hardenContents, hardenSession } from './window/harden';
import { broadcast, createMainWindow, isAppContents } from './window/main-window';

// The Keychain/libsecret entry is named after the app: set the name before anything touches safeStorage.
app.setName('AI Key Manager');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appUrl = devServerUrl ?? APP_ENTRY_URL;
const log = { warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };
const resources = join(import.meta.dirname, '../../resources');
const trayIcons =
  process.platform === 'darwin'
    ? ['trayTemplate.png', 'trayAlertTemplate.png']
    : process.platform === 'win32'
      ? ['tray.ico', 'tray-alert.ico']
      : ['tray.png', 'tray-alert.png'];
let quitting = false;
// Module-level: the app holds the tray, and a tray that is garbage-collected disappears from the panel.
let running: App | undefined;

// One instance: a second start (e.g. from a desktop without a tray) opens the running one's window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(app.isPackaged ? 'com.aikeymanager.app' : process.execPath);
  hardenSession(session.defaultSession);
  // Replaces Electron's default menu, whose View menu offers the DevTools even in a packaged app.
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({ platform: process.platform, packaged: app.isPackaged, appName: app.getName() }),
    ),
  );
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));

  if (devServerUrl) {
    const csp = developmentCsp(devServerUrl);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
    );
  } else {
    protocol.handle(APP_SCHEME, createAppRequestHandler(join(import.meta.dirname, '../renderer'), productionCsp));
  }

  // Created only now: safeStorage must not be touched before `ready`.
  const settings = createElectronSettingsStore();
  let window: BrowserWindow | undefined;
  /** The window port: shows the one window, creating it (it shows itself once painted) if there is none. */
  function showWindow(): { created: boolean } {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      return { created: false };
    }
    window = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), url: appUrl, appUrl });
    keepInTrayOnClose(window, {
      settings,
      isQuitting: () => quitting,
      notify: (title, body) => showNotice({ title, body }, () => {}),
    });
    window.on('close', () => running?.core.windowClosed());
    return { created: true };
  }

  running = composeApp({
    cipher: createSafeStorageCipher(safeStorage, process.platform),
    repository: createElectronStoreRepository(),
    settings,
    registry: createProviderRegistry(),
    // Chromium's network stack honours the system's proxy settings (Node's fetch does not).
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
    platform: process.platform,
    log,
    clock: systemClock,
    // Only called by openProviderLink, which checks the URL against the https allow-list first.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    notify: showNotice,
    showWindow,
    audit: createFileAuditLog(join(app.getPath('userData'), 'audit.jsonl')),
    // Read by main only, on request: candidates reach the window masked.
    env: process.env,
    pickFile: async () => {
      const picked = await dialog.showOpenDialog({
        title: 'Import API keys from a .env file',
        properties: ['openFile', 'showHiddenFiles'],
      });
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    saveFile: async (suggestedName, content) => {
      const picked = await dialog.showSaveDialog({
        title: 'Export the audit log',
        defaultPath: suggestedName,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (picked.canceled || !picked.filePath) return null;
      await writeFile(picked.filePath, content, { mode: 0o600 });
      return picked.filePath;
    },
    copyText: (text) => clipboard.writeText(text),
    clipboard: electronClipboardPort(clipboard, ClipboardItem),
    // Parentless, so it shows with only the tray running; on macOS the app is brought forward first.
    approve: async (request, signal) => {
      if (process.platform === 'darwin') app.focus({ steal: true });
      const { response } = await dialog.showMessageBox({ ...approvalDialog(request), signal });
      return answerFor(response);
    },
    accessLocation: accessLocation(),
    // A native dialog: the renderer can neither draw nor click it. Cancel is the default button.
    confirm: async ({ title, message, detail, confirmLabel }) => {
      const options = {
        type: 'warning' as const,
        title,
        message,
        detail,
        buttons: [confirmLabel, 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const parent = window && !window.isDestroyed() ? window : undefined;
      const { response } = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
      return response === 0;
    },
    isTrustedSender: createSenderCheck(appUrl, isAppContents),
    broadcast,
    tray: (wiring) =>
      createTrayController({
        iconPath: join(resources, trayIcons[0] as string),
        alertIconPath: join(resources, trayIcons[1] as string),
        ...wiring,
      }),
    quit: () => app.quit(),
  });
  const { core } = running;
  registerIpc(running.gatekeeper);

  core.openWindow();
  void running.start();
  // Timers stop while the computer sleeps: look for a due check as soon as it wakes.
  powerMonitor.on('resume', () => core.scheduler.tick());
  app.on('second-instance', () => core.openWindow());
  app.on('activate', () => core.openWindow());
  let stopped = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (stopped || !running) return;
    // Pending test results are written before stop() returns. Clearing a copied key from the clipboard and closing the aikm socket finish asynchronously (at
    // most a second): hold this quit, stop everything, then quit for real.
    event.preventDefault();
    stopped = true;
    void running.stop().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
