/**
 * The clipboard as the secret clipboard needs it, and its Electron 45 adapter. Electron 45 has no
 * writeBuffer: raw platform formats go in a ClipboardItem under `electron application/osclipboard;
 * format="<name>"`, and one `clipboard.write([item])` commits them all at once. The adapter takes
 * Electron's `clipboard` and `ClipboardItem` as arguments so this file never imports `electron`.
 */
import type { Clipboard, ClipboardItem as ElectronClipboardItem } from 'electron';
import type { ClipboardPayload } from './secret-formats';

export interface ClipboardPort {
  /** Replaces the clipboard with one item carrying every format of `payload`. */
  write(payload: ClipboardPayload): Promise<void>;
  readText(): Promise<string>;
  /** The bytes of one format, or null when the clipboard does not hold it. */
  readFormat(format: string): Promise<Uint8Array | null>;
  has(format: string): Promise<boolean>;
  clear(): void;
}

type ItemConstructor = new (items: Record<string, string | Blob>) => ElectronClipboardItem;

export function electronClipboardPort(clipboard: Clipboard, ClipboardItem: ItemConstructor): ClipboardPort {
  return {
    async write(payload) {
      const entries = Object.entries(payload).map(([format, value]) => [
        format,
        typeof value === 'string' ? value : new Blob([value as Uint8Array<ArrayBuffer>]),
      ]);
      await clipboard.write([new ClipboardItem(Object.fromEntries(entries))]);
    },
    readText: () => clipboard.readText(),
    async readFormat(format) {
      for (const item of await clipboard.read()) {
        if (!item.types.includes(format)) continue;
        const value = await item.getType(format);
        if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
      }
      return null;
    },
    has: (format) => clipboard.has(format),
    clear: () => clipboard.clear(),
  };
}
