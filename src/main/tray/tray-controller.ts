/**
 * The system tray (Electron adapter). Created after `ready` and kept for the app's lifetime (a tray
 * that is garbage-collected disappears). The menu is rebuilt from state and set again with
 * `setContextMenu` on every change: Linux shows menu changes only that way.
 */
import { Menu, type MenuItemConstructorOptions, Notification, Tray, nativeImage } from 'electron';
import { type KeyEventArgs, applyKeyEvent, isKeyEvent } from '../../shared/key-list';
import type { TestProgress } from '../../shared/test-result';
import { isFailing } from '../../shared/status';
import type { Notice, TrayWiring } from '../ports';
import { latestEvery } from '../latest-every';
import { createTrayActions } from './tray-actions';
import { type TrayAction, type TrayItem, type TrayState, buildTrayMenu, summaryLine } from './tray-menu';

export interface TrayControllerDeps extends TrayWiring {
  iconPath: string;
  /** The icon with an alert dot, shown while any key is failing. */
  alertIconPath: string;
  /** At most one menu per this many milliseconds (TRAY_RENDER_MS; tests of single changes pass 0). */
  renderEveryMs?: number;
}

/**
 * "Test all" sends a progress event per key and key events many times a second; a menu of a thousand
 * keys rebuilt (and, on Linux, sent over D-Bus) for each would keep the main process busy. The menu
 * follows at most four times a second, and always ends on the latest state.
 */
export const TRAY_RENDER_MS = 250;

export function toMenuTemplate(items: TrayItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, run) };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => run(item.action) };
    }
  });
}

/** The notify port: a silent desktop notification; clicking it calls `onClick`. */
export function notify(notice: Notice, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: notice.title, body: notice.body, silent: true });
  notification.on('click', onClick);
  notification.show();
}

export function createTrayController(deps: TrayControllerDeps) {
  const tray = new Tray(nativeImage.createFromPath(deps.iconPath));
  const state: TrayState = { keys: [], progress: null };
  let alerting = false;
  const actions = createTrayActions(deps);

  function render(): void {
    const failing = state.keys.some((k) => isFailing(k.status));
    if (failing !== alerting) {
      alerting = failing;
      tray.setImage(nativeImage.createFromPath(failing ? deps.alertIconPath : deps.iconPath));
    }
    tray.setContextMenu(
      Menu.buildFromTemplate(toMenuTemplate(buildTrayMenu(state), (action) => void actions.run(action))),
    );
    tray.setToolTip(`AI Key Manager — ${summaryLine(state.keys)}`);
  }

  const renders = latestEvery<void>(deps.renderEveryMs ?? TRAY_RENDER_MS, render);
  const unsubscribe = deps.subscribe((event, payload) => {
    // Payloads come from the event hub, already parsed against the contract's schema for `event`.
    if (isKeyEvent(event)) state.keys = applyKeyEvent(state.keys, ...([event, payload] as KeyEventArgs));
    else if (event === 'tests:progress') state.progress = payload as TestProgress;
    else return;
    renders.push();
  });
  // Activation is a left click on some desktops and a double click on others; the menu has "Open" too.
  tray.on('click', () => deps.openWindow());
  renders.push(); // at once: the first menu
  void deps.listKeys().then((keys) => {
    state.keys = keys;
    renders.push();
  });

  return {
    tray,
    run: actions.run,
    destroy() {
      renders.stop();
      unsubscribe();
      tray.destroy();
    },
  };
}
