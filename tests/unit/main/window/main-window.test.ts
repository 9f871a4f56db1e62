import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; window: unknown }>);
const electronApp = vi.hoisted(() => ({ isPackaged: false }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  let nextId = 1;
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    webContents: EventEmitter & Record<string, unknown>;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      const contents = new EventEmitter() as EventEmitter & Record<string, unknown>;
      contents.id = nextId++;
      contents.setWindowOpenHandler = vi.fn();
      contents.send = vi.fn();
      this.webContents = contents;
      BrowserWindow.all.push(this);
      created.push({ options, window: this });
    }
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    isDestroyed = () => this.destroyed;
  }
  return { BrowserWindow, app: electronApp, default: { BrowserWindow, app: electronApp } };
});

const { broadcast, createMainWindow, isAppContents } = await import('../../../../src/main/window/main-window');

describe('main window', () => {
  it('is created with the secure preferences, loads the app URL and is guarded', () => {
    const window = createMainWindow({
      preloadPath: '/p/index.cjs',
      url: 'app://aikm/index.html',
      appUrl: 'app://aikm/index.html',
    });
    const options = created[0]?.options as { webPreferences: Record<string, unknown> };
    // Sandboxed, context-isolated, no Node anywhere, no webviews, web security on.
    expect(options.webPreferences).toEqual({
      preload: '/p/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://aikm/index.html');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(window.webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('a packaged build has no DevTools: the window cannot open them, whatever the menu says', () => {
    electronApp.isPackaged = true;
    createMainWindow({ preloadPath: '/p', url: 'app://aikm/', appUrl: 'app://aikm/' });
    electronApp.isPackaged = false;
    const options = created.at(-1)?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.devTools).toBe(false);
  });

  it('is trusted for IPC while open and forgotten once closed', () => {
    const window = createMainWindow({ preloadPath: '/p', url: 'app://aikm/', appUrl: 'app://aikm/' });
    const id = window.webContents.id;
    expect(isAppContents(id)).toBe(true);
    expect(isAppContents(id + 1000)).toBe(false);
    window.emit('closed');
    expect(isAppContents(id)).toBe(false);
  });

  it('broadcasts events only to open app windows', () => {
    const open = createMainWindow({ preloadPath: '/p', url: 'app://aikm/', appUrl: 'app://aikm/' });
    const closed = createMainWindow({ preloadPath: '/p', url: 'app://aikm/', appUrl: 'app://aikm/' });
    closed.emit('closed');
    broadcast('keys:changed', { keys: [] });
    expect(open.webContents.send).toHaveBeenCalledWith('keys:changed', { keys: [] });
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });
});
