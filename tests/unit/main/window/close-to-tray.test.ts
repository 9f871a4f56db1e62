import { describe, expect, it, vi } from 'vitest';
import { createMemorySettingsStore } from '../../../../src/main/settings-store';
import { keepInTrayOnClose } from '../../../../src/main/window/close-to-tray';

function fakeWindow() {
  let onClose: ((event: { preventDefault(): void }) => void) | undefined;
  const window = {
    hide: vi.fn(),
    on: (_event: 'close', listener: typeof onClose) => {
      onClose = listener;
    },
  };
  const close = () => {
    const event = { preventDefault: vi.fn() };
    onClose?.(event);
    return event;
  };
  return { window, close };
}

describe('closing the window', () => {
  it('hides it and keeps the app in the tray, saying so only the first time', async () => {
    const settings = createMemorySettingsStore();
    const notify = vi.fn();
    const { window, close } = fakeWindow();
    keepInTrayOnClose(window, { settings, isQuitting: () => false, notify });
    expect(close().preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalled();
    await vi.waitFor(() => expect(settings.current().trayNoticeShown).toBe(true));
    close();
    await new Promise((r) => setTimeout(r, 10));
    expect(notify).toHaveBeenCalledOnce();
  });

  it('closes for real when the setting is off or the app is quitting', async () => {
    const settings = createMemorySettingsStore({ keepInTray: false });
    let quitting = false;
    const { window, close } = fakeWindow();
    keepInTrayOnClose(window, { settings, isQuitting: () => quitting, notify: vi.fn() });
    expect(close().preventDefault).not.toHaveBeenCalled();
    await settings.update({ keepInTray: true });
    quitting = true;
    expect(close().preventDefault).not.toHaveBeenCalled();
    quitting = false;
    expect(close().preventDefault).toHaveBeenCalled();
  });
});
