/**
 * The renderer's webPreferences, in one place so a test can pin every security setting. The renderer
 * gets no Node, runs in Chromium's sandbox and sees the preload's bridge only through context isolation.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    // Middle-click opens links in a new window without going through setWindowOpenHandler's intent.
    disableBlinkFeatures: 'Auxclick',
  };
}
