import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenContents, hardenSession } from '../../../../src/main/window/harden';

const APP = 'app://aikm/index.html';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (() => { action: string }) | undefined;
  return {
    on: (event: string, listener: Parameters<EventEmitter['on']>[1]) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
    emit: (event: string, ...args: unknown[]) => emitter.emit(event, ...args),
    open: () => openHandler?.(),
  };
}

const navigationEvent = (url = '') => ({ preventDefault: vi.fn(), url });

describe('webContents guards', () => {
  it('denies every window.open', () => {
    const contents = fakeContents();
    const blocked = vi.fn();
    hardenContents(contents as never, APP, blocked);
    expect(contents.open()).toEqual({ action: 'deny' });
    expect(blocked).toHaveBeenCalledWith('window.open');
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://aikm.evil/index.html', 'javascript:alert(1)'])(
    'prevents navigation to %s',
    (url) => {
      const contents = fakeContents();
      hardenContents(contents as never, APP);
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = navigationEvent();
        contents.emit(name, event, url);
        expect(event.preventDefault).toHaveBeenCalled();
      }
      const frameEvent = navigationEvent(url);
      contents.emit('will-frame-navigate', frameEvent);
      expect(frameEvent.preventDefault).toHaveBeenCalled();
    },
  );

  it('lets the app move within its own origin', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'app://aikm/index.html#security');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP);
    const event = navigationEvent();
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: never) => {
        request = h;
      },
      setPermissionCheckHandler: (h: never) => {
        check = h;
      },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission, 'app://aikm', {})).toBe(false);
    }
  });
});
