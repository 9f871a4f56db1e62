/**
 * The application menu as data. Without a menu of our own Electron installs its default one, whose
 * View menu has "Toggle Developer Tools" even in a packaged app. Ours is minimal: on macOS the app menu
 * (with Quit) and an Edit menu, which is what makes copy and paste work in text fields there; reload
 * and DevTools only in development.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: string;
  packaged: boolean;
  appName: string;
}

export function buildAppMenuTemplate({ platform, packaged, appName }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  } else {
    template.push({ label: 'File', submenu: [{ role: 'quit' }] });
  }
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });
  if (!packaged) {
    template.push({
      label: 'Develop',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  }
  if (mac) template.push({ role: 'windowMenu' });
  return template;
}
