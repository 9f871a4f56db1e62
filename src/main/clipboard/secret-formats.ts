/**
 * What a copied secret is written as, per platform: the text, the markers that clipboard managers and
 * the OS read to keep a password out of history and sync, and our own marker with a per-copy nonce (so
 * "is this still our copy?" does not depend on reading the secret back). Format names are constants
 * here and nowhere else: nothing the renderer sends ever becomes a clipboard format.
 */

/** Electron 45's key for a raw platform clipboard format in a ClipboardItem. */
export function osFormat(name: string): string {
  return `electron application/osclipboard;format="${name}"`;
}

/** Text, or the exact bytes of a raw platform format. */
export type ClipboardPayload = Readonly<Record<string, string | Uint8Array>>;

/** Windows reads these as a DWORD: 0 means "no" (not in Win+V history, not synced to other devices). */
const DWORD_ZERO = new Uint8Array(4);
/** nspasteboard.org markers carry no data: readers look at the type only. */
const EMPTY = new Uint8Array(0);

/**
 * Our own marker, per platform: a reverse-DNS type on macOS (pasteboard types are UTIs), a registered
 * format name on Windows, a MIME-shaped target on X11/Wayland.
 */
export const MARKER_NAME: Readonly<Record<string, string>> = {
  darwin: 'com.aikeymanager.copy-id',
  win32: 'AI Key Manager Copy Id',
  linux: 'application/x-aikm-copy-id',
};
const DEFAULT_MARKER = 'application/x-aikm-copy-id';

export function markerFormat(platform: string): string {
  return osFormat(MARKER_NAME[platform] ?? DEFAULT_MARKER);
}

/** The privacy markers set on each platform (named here so docs and tests use the same list). */
export const PRIVACY_MARKERS: Readonly<Record<string, ReadonlyArray<readonly [name: string, bytes: Uint8Array]>>> = {
  // Clipboard managers (Maccy, Raycast, Alfred, Paste…) skip Concealed; Transient says "do not keep".
  darwin: [
    ['org.nspasteboard.ConcealedType', EMPTY],
    ['org.nspasteboard.TransientType', EMPTY],
  ],
  // Win+V history and Cloud Clipboard honour these (docs: "Clipboard Formats", cloud clipboard section).
  win32: [
    ['ExcludeClipboardContentFromMonitorProcessing', DWORD_ZERO],
    ['CanIncludeInClipboardHistory', DWORD_ZERO],
    ['CanUploadToCloudClipboard', DWORD_ZERO],
  ],
  // KDE's Klipper (Plasma 5.25+) does not record an entry with this hint; other Linux managers vary.
  linux: [['x-kde-passwordManagerHint', new TextEncoder().encode('secret')]],
};

/** Everything one copy writes, committed in a single ClipboardItem (atomic, per Electron's docs). */
export function secretPayload(platform: string, text: string, nonce: string): ClipboardPayload {
  const payload: Record<string, string | Uint8Array> = { 'text/plain': text };
  for (const [name, bytes] of PRIVACY_MARKERS[platform] ?? []) payload[osFormat(name)] = bytes;
  payload[markerFormat(platform)] = nonce;
  return payload;
}
