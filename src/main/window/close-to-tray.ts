/**
 * Closing the window hides it and keeps the app in the tray, so tray tests keep working; the first
 * time, a notice says so. A setting turns this off (then closing quits, as usual).
 */
import type { SettingsStore } from '../settings-store';

export interface Closable {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

export function keepInTrayOnClose(
  window: Closable,
  options: { settings: SettingsStore; isQuitting: () => boolean; notify: (title: string, body: string) => void },
): void {
  window.on('close', (event) => {
    // preventDefault only works synchronously, hence the synchronous read of the setting.
    if (options.isQuitting() || !options.settings.current().keepInTray) return;
    event.preventDefault();
    window.hide();
    void options.settings.get().then(async (s) => {
      if (s.trayNoticeShown) return;
      options.notify(
        'AI Key Manager is still running',
        'Test your keys from the tray icon. Quit from its menu; you can turn this off in Preferences.',
      );
      await options.settings.set({ trayNoticeShown: true });
    });
  });
}
