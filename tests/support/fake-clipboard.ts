/** A clipboard that keeps what was written, as the OS would; `userCopies` is another app writing to it. */
import type { ClipboardPort } from '../../src/main/clipboard/clipboard-port';
import type { ClipboardPayload } from '../../src/main/clipboard/secret-formats';

export type FakeClipboard = ClipboardPort & {
  content: () => Record<string, string | Uint8Array>;
  userCopies: (text: string) => void;
  cleared: number;
};

export function fakeClipboard(): FakeClipboard {
  let content: Record<string, string | Uint8Array> = {};
  const port: FakeClipboard = {
    cleared: 0,
    content: () => content,
    userCopies: (text) => (content = { 'text/plain': text }),
    write: async (payload: ClipboardPayload) => void (content = { ...payload }),
    readText: async () => (typeof content['text/plain'] === 'string' ? (content['text/plain'] as string) : ''),
    readFormat: async (format) => {
      const value = content[format];
      return value === undefined ? null : typeof value === 'string' ? new TextEncoder().encode(value) : value;
    },
    has: async (format) => format in content,
    clear: () => {
      port.cleared += 1;
      content = {};
    },
  };
  return port;
}
