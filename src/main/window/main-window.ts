/**
 * The one place that creates a BrowserWindow. Every window gets the secure webPreferences and the
 * navigation guards, and is registered so the IPC sender check can recognise it.
 */
import { BrowserWindow, app } from 'electron';
import { hardenContents } from './harden';

const appContents = new Set<number>();

/** Whether IPC from this webContents id may be trusted at all (the frame is checked separately). */
export function isAppContents(id: number): boolean {
  return appContents.has(id);
}

export function createMainWindow(options: { preloadPath: string; url: string; appUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'AI Key Manager — Settings Center',
    width: 1180,
    height: 780,
    minWidth: 760,
    minHeight: 520,
    show: false,
    autoHideMenuBar: true,
    // Written out literally (not built by a helper) so reviewers and Electronegativity see every value.
    webPreferences: {
      // Reviewed: the preload exposes only the contract's channels (proven in tests/unit/preload).
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click could open links in new windows outside the window-open handler's intent.
      disableBlinkFeatures: 'Auxclick',
      // DevTools would let anyone at the keyboard script the window (and call every IPC channel).
      devTools: !app.isPackaged,
    },
  });
  const id = window.webContents.id;
  appContents.add(id);
  window.on('closed', () => appContents.delete(id));
  hardenContents(window.webContents, options.appUrl, (what) => console.warn(`blocked ${what}`));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}

/** Sends a push event to every app window still open. */
export function broadcast(channel: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed() && appContents.has(window.webContents.id)) window.webContents.send(channel, payload);
  }
}
