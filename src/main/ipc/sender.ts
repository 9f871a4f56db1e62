/**
 * Who may call IPC: only the top frame of one of our own windows, showing our own page. A sub-frame,
 * a page that navigated elsewhere, a destroyed frame (senderFrame null) or an unknown window is refused.
 */
export interface SenderInfo {
  /** URL of the frame that sent the message; null when the frame is gone or navigated away. */
  frameUrl: string | null;
  isTopFrame: boolean;
  /** webContents id of the sender. */
  contentsId: number;
}

/** Returns why the sender is refused, or null when it is trusted. */
export type SenderCheck = (sender: SenderInfo) => string | null;

/**
 * Compares scheme and host with the URL parser: a prefix test would accept
 * `app://aikm.evil/` for `app://aikm`, and `URL.origin` is "null" for custom schemes.
 */
export function isSameOrigin(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.username === '' && a.password === '';
  } catch {
    return false;
  }
}

export function createSenderCheck(appUrl: string, isAppContents: (contentsId: number) => boolean): SenderCheck {
  return (sender) => {
    if (!isAppContents(sender.contentsId)) return 'not one of the app windows';
    if (sender.frameUrl === null) return 'the sending frame is gone';
    if (!sender.isTopFrame) return 'sent from a sub-frame';
    if (!isSameOrigin(sender.frameUrl, appUrl)) return 'sent from a foreign origin';
    return null;
  };
}
