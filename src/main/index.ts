/**
 * Composition root: app lifecycle, the core, IPC, the renderer protocol and the window. No behaviour
 * lives here; each piece is a small module tested on its own.
 */
import { join } from 'node:path';
import { app, protocol, safeStorage, session, shell } from 'electron';
import { createCore } from './core';
import { createGatekeeper } from './ipc/gatekeeper';
import { registerIpc } from './ipc/register';
import { createSenderCheck } from './ipc/sender';
import { createSafeStorageCipher } from './vault/safe-storage-cipher';
import { createElectronSettingsStore, createElectronStoreRepository } from './vault/electron-store-repository';
import { createProviderRegistry } from './providers/registry';
import { APP_ENTRY_URL, APP_SCHEME, createAppRequestHandler } from './window/app-protocol';
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
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
  const core = createCore({
    cipher: createSafeStorageCipher(safeStorage, process.platform),
    repository: createElectronStoreRepository(),
    settings: createElectronSettingsStore(),
    registry: createProviderRegistry(),
    platform: process.platform,
    openExternal: (url) => shell.openExternal(url),
    log,
  });
  core.events.connect(broadcast);
  registerIpc(createGatekeeper(core.handlers, createSenderCheck(appUrl, isAppContents), log));

  const open = () => createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), url: appUrl, appUrl });
  let window = open();
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = open();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (window.isDestroyed()) window = open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
