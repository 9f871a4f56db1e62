// @ts-check
/**
 * A strict stand-in for the `electron` module, for booting the built main bundle in plain Node
 * (boot-main.mjs). It knows only the APIs the app uses: touching any other name records it and throws,
 * so a typo or an API Electron lacks fails the boot test (the names are checked against Electron's own
 * electron.d.ts by stand-in-names.test.ts). It behaves like Electron where a mistake would only show on
 * a real start: objects that need `ready` throw before it, a channel handled twice throws, privileged
 * schemes can only be registered before `ready`.
 */
import { EventEmitter } from 'node:events';
import { existsSync, statSync } from 'node:fs';

export const record = {
  ready: false,
  /** Every API call in order: `{ api: 'app.quit', beforeReady }`. */
  calls: /** @type {{ api: string, beforeReady: boolean }[]} */ ([]),
  /** Names the app touched that this stand-in (and so the test) does not know. */
  unknown: /** @type {string[]} */ ([]),
  handlers: /** @type {Map<string, Function>} */ (new Map()),
  windows: /** @type {any[]} */ ([]),
  trays: /** @type {any[]} */ ([]),
  images: /** @type {string[]} */ ([]),
  protocolHandlers: /** @type {Map<string, (request: Request) => Promise<Response>>} */ (new Map()),
  privilegedSchemes: /** @type {unknown[]} */ ([]),
  fetches: /** @type {{ url: string, signal: AbortSignal | undefined }[]} */ ([]),
  applicationMenu: /** @type {unknown} */ (undefined),
};

/**
 * Wraps a stand-in object: calls are recorded, unknown names throw.
 * @template {object} T
 * @param {string} name
 * @param {T} target
 * @returns {T}
 */
function strict(name, target) {
  return new Proxy(target, {
    get(object, property, receiver) {
      // Symbols and `then` are asked for by the language itself (await, inspection), not by the app.
      if (typeof property === 'symbol' || property === 'then') return Reflect.get(object, property, receiver);
      if (!(property in object)) {
        record.unknown.push(`${name}.${property}`);
        throw new TypeError(`electron stand-in: the app used ${name}.${property}, which the boot test does not know`);
      }
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || /^[A-Z]/.test(property)) return value;
      return (/** @type {unknown[]} */ ...args) => {
        record.calls.push({ api: `${name}.${property}`, beforeReady: !record.ready });
        return value.apply(object, args);
      };
    },
  });
}

/** @param {string} what */
function needsReady(what) {
  if (!record.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

const appEvents = new EventEmitter();
/** @type {() => void} */
let resolveReady = () => {};
const whenReady = new Promise((resolve) => (resolveReady = () => resolve(undefined)));

/** Called by the boot harness: what Electron does once Chromium has started. */
export function becomeReady() {
  record.ready = true;
  resolveReady();
  appEvents.emit('ready');
}

/** Called by the boot harness: the user chose Quit. */
export function emitApp(/** @type {string} */ event, /** @type {unknown[]} */ ...args) {
  appEvents.emit(event, { preventDefault() {} }, ...args);
}

export const app = strict('app', {
  // The boot test runs once as `npm start` runs (unpackaged) and once as an installed app would.
  isPackaged: process.env.AIKM_BOOT_PACKAGED === '1',
  name: 'Electron',
  setName(/** @type {string} */ name) {
    this.name = name;
  },
  getName() {
    return this.name;
  },
  getVersion: () => '0.1.0',
  getPath: (/** @type {string} */ which) => {
    if (which !== 'userData') throw new Error(`app.getPath('${which}') is not expected at start`);
    return /** @type {string} */ (process.env.AIKM_BOOT_USER_DATA);
  },
  enableSandbox: () => {
    if (record.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
  },
  requestSingleInstanceLock: () => true,
  focus: () => {},
  setAppUserModelId: () => {},
  whenReady: () => whenReady,
  isReady: () => record.ready,
  quit: () => emitApp('before-quit'),
  on: (/** @type {string} */ event, /** @type {(...args: any[]) => void} */ listener) => appEvents.on(event, listener),
  once: (/** @type {string} */ event, /** @type {(...args: any[]) => void} */ listener) =>
    appEvents.once(event, listener),
});

// Bookkeeping fields start with `$`: no Electron API does, so the app cannot use one by mistake.
let lastContentsId = 0;
class WebContents extends EventEmitter {
  id = ++lastContentsId;
  $sent = /** @type {[string, unknown][]} */ ([]);
  /** @type {unknown} */
  $windowOpenHandler = null;
  setWindowOpenHandler(/** @type {unknown} */ handler) {
    this.$windowOpenHandler = handler;
  }
  send(/** @type {string} */ channel, /** @type {unknown} */ payload) {
    this.$sent.push([channel, payload]);
  }
}

class BrowserWindowStandIn extends EventEmitter {
  $destroyed = false;
  $visible = false;
  /** @type {string | null} */
  $url = null;
  constructor(/** @type {any} */ options) {
    needsReady('BrowserWindow');
    super();
    this.$options = options;
    this.webContents = strict('webContents', new WebContents());
    record.windows.push(this);
    appEvents.emit('web-contents-created', {}, this.webContents);
    return strict('BrowserWindow', this);
  }
  static getAllWindows() {
    return record.windows.filter((w) => !w.$destroyed);
  }
  async loadURL(/** @type {string} */ url) {
    this.$url = url;
  }
  isDestroyed() {
    return this.$destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.$visible = true;
  }
  hide() {
    this.$visible = false;
  }
  focus() {}
}

class TrayStandIn extends EventEmitter {
  $destroyed = false;
  $menu = /** @type {unknown} */ (null);
  $tooltip = '';
  constructor(/** @type {{ path: string }} */ image) {
    needsReady('Tray');
    super();
    this.$image = image;
    record.trays.push(this);
    return strict('Tray', this);
  }
  setImage(/** @type {{ path: string }} */ image) {
    this.$image = image;
  }
  setContextMenu(/** @type {unknown} */ menu) {
    this.$menu = menu;
  }
  setToolTip(/** @type {string} */ tooltip) {
    this.$tooltip = tooltip;
  }
  destroy() {
    this.$destroyed = true;
  }
}

class NotificationStandIn extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(/** @type {unknown} */ options) {
    super();
    this.$options = options;
    return strict('Notification', this);
  }
  show() {}
}

export const BrowserWindow = strict('BrowserWindow', BrowserWindowStandIn);
export const Tray = strict('Tray', TrayStandIn);
export const Notification = strict('Notification', NotificationStandIn);

export const Menu = strict('Menu', {
  buildFromTemplate: (/** @type {unknown[]} */ template) => ({ template }),
  setApplicationMenu: (/** @type {unknown} */ menu) => void (record.applicationMenu = menu),
});

export const nativeImage = strict('nativeImage', {
  createFromPath: (/** @type {string} */ path) => {
    record.images.push(path);
    return { path, isEmpty: () => !existsSync(path) || statSync(path).size === 0 };
  },
});

const defaultSession = strict('session.defaultSession', {
  setPermissionRequestHandler: () => {},
  setPermissionCheckHandler: () => {},
  webRequest: strict('webRequest', { onHeadersReceived: () => {} }),
});
export const session = strict('session', {
  get defaultSession() {
    needsReady('session.defaultSession');
    return defaultSession;
  },
});

export const protocol = strict('protocol', {
  registerSchemesAsPrivileged: (/** @type {unknown[]} */ schemes) => {
    if (record.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    record.privilegedSchemes.push(...schemes);
  },
  handle: (/** @type {string} */ scheme, /** @type {(request: Request) => Promise<Response>} */ handler) => {
    needsReady('protocol.handle');
    record.protocolHandlers.set(scheme, handler);
  },
});

export const ipcMain = strict('ipcMain', {
  handle: (/** @type {string} */ channel, /** @type {Function} */ handler) => {
    // Electron's own message for a channel handled twice.
    if (record.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.handlers.set(channel, handler);
  },
  on: () => {},
});

/** Linux with GNOME Keyring: `v11` ciphertexts (a reversible stand-in, never real encryption). */
export const safeStorage = strict('safeStorage', {
  isAsyncEncryptionAvailable: async () => {
    needsReady('safeStorage');
    return true;
  },
  encryptStringAsync: async (/** @type {string} */ text) => {
    needsReady('safeStorage');
    return Buffer.concat([Buffer.from('v11'), Buffer.from(text, 'utf8').reverse()]);
  },
  decryptStringAsync: async (/** @type {Buffer} */ data) => {
    needsReady('safeStorage');
    return { shouldReEncrypt: false, result: Buffer.from(data.subarray(3)).reverse().toString('utf8') };
  },
  getSelectedStorageBackend: () => (record.ready ? 'gnome_libsecret' : 'unknown'),
  setUsePlainTextEncryption: () => {},
});

export const net = strict('net', {
  /** Provider calls: recorded, and left pending until aborted (the boot test has no network). */
  fetch: (/** @type {string} */ url, /** @type {RequestInit} */ init = {}) => {
    needsReady('net.fetch');
    const signal = init.signal ?? undefined;
    record.fetches.push({ url, signal });
    return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  },
});

export const shell = strict('shell', { openExternal: async () => {}, openPath: async () => '' });
export const clipboard = strict('clipboard', {
  writeText: async () => {},
  write: async () => {},
  readText: async () => '',
  read: async () => [],
  has: async () => false,
  clear: () => {},
});
class ClipboardItemStandIn {
  constructor(/** @type {Record<string, unknown>} */ items) {
    this.$items = items;
  }
}
export const ClipboardItem = strict('ClipboardItem', ClipboardItemStandIn);
export const dialog = strict('dialog', {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 1, checkboxChecked: false }),
});
export const powerMonitor = strict('powerMonitor', { on: () => {} });

const electron = strict('electron', {
  app,
  BrowserWindow,
  Tray,
  Notification,
  Menu,
  nativeImage,
  session,
  protocol,
  ipcMain,
  safeStorage,
  net,
  shell,
  clipboard,
  ClipboardItem,
  dialog,
  powerMonitor,
});
export default electron;
