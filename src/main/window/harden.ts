/**
 * Guards applied to every webContents and session the app creates. The app is one page that never
 * navigates, opens windows, attaches webviews or needs a permission, so each of those is denied.
 */
import type { Session, WebContents } from 'electron';
import { isSameOrigin } from '../ipc/sender';

type Guardable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenContents(
  contents: Guardable,
  appUrl: string,
  onBlocked: (what: string) => void = () => {},
): void {
  contents.setWindowOpenHandler(() => {
    onBlocked('window.open');
    return { action: 'deny' };
  });
  const blockNavigation = (event: { preventDefault(): void }, url: string) => {
    // A reload of our own page is not a navigation event; anything else leaves the app and is refused.
    if (!isSameOrigin(url, appUrl)) {
      event.preventDefault();
      onBlocked('navigation');
    }
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-frame-navigate', (event) => blockNavigation(event, event.url));
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview');
  });
}

type PermissionGuardable = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Electron grants every permission request by default; the app needs none. */
export function hardenSession(session: PermissionGuardable): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
