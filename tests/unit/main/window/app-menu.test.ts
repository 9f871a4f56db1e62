/** The application menu (item 5 of issue #12): no DevTools entry in a packaged app, copy/paste on macOS. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildAppMenuTemplate } from '../../../../src/main/window/app-menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}
const DEV_ROLES = ['toggleDevTools', 'reload', 'forceReload'];

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'])(
    'packaged on %s: the default menu with "Toggle Developer Tools" is replaced by one without it',
    (platform) => {
      const menu = buildAppMenuTemplate({ platform, packaged: true, appName: 'AI Key Manager' });
      for (const role of DEV_ROLES) expect(roles(menu)).not.toContain(role);
      expect(JSON.stringify(menu)).not.toMatch(/devtools|inspect/i);
      expect(roles(menu)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'cut', 'selectAll']));
    },
  );

  it('on macOS the first menu is the app menu, with Quit, followed by Edit', () => {
    const [appMenu, edit] = buildAppMenuTemplate({ platform: 'darwin', packaged: true, appName: 'AI Key Manager' });
    expect(appMenu?.label).toBe('AI Key Manager');
    expect(roles([appMenu!])).toContain('quit');
    expect(edit?.label).toBe('Edit');
  });

  it('in development the DevTools stay reachable', () => {
    expect(roles(buildAppMenuTemplate({ platform: 'linux', packaged: false, appName: 'AI Key Manager' }))).toContain(
      'toggleDevTools',
    );
  });
});
