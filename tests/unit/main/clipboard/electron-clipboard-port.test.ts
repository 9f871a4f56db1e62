/** The Electron 45 adapter: one ClipboardItem per write, raw formats as Blobs, read back as bytes. */
import type { Clipboard } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronClipboardPort } from '../../../../src/main/clipboard/clipboard-port';
import { osFormat, secretPayload } from '../../../../src/main/clipboard/secret-formats';

/** Stands in for Electron's ClipboardItem: `types` are the constructor's keys, getType answers a Blob. */
class FakeItem {
  readonly types: string[];
  constructor(readonly items: Record<string, string | Blob>) {
    this.types = Object.keys(items);
  }
  async getType(type: string): Promise<Blob> {
    const value = this.items[type];
    return typeof value === 'string' ? new Blob([value]) : (value as Blob);
  }
}

function fakeElectronClipboard() {
  const writes: FakeItem[][] = [];
  let items: FakeItem[] = [];
  const clipboard = {
    write: async (data: FakeItem[]) => void (writes.push(data), (items = data)),
    read: async () => items,
    readText: async () => String(items[0]?.items['text/plain'] ?? ''),
    has: async (format: string) => items.some((i) => i.types.includes(format)),
    clear: () => void (items = []),
  };
  return { clipboard: clipboard as unknown as Clipboard, writes };
}

describe('electron clipboard port', () => {
  it('commits text and raw formats in one ClipboardItem, bytes as Blobs', async () => {
    const { clipboard, writes } = fakeElectronClipboard();
    const port = electronClipboardPort(clipboard, FakeItem as never);
    await port.write(secretPayload('win32', 'sk-test-0123456789', 'nonce-1'));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(1);
    const item = writes[0]?.[0] as FakeItem;
    expect(item.items['text/plain']).toBe('sk-test-0123456789');
    const dword = item.items[osFormat('CanIncludeInClipboardHistory')];
    expect(dword).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (dword as Blob).arrayBuffer())]).toEqual([0, 0, 0, 0]);
    expect([...((await port.readFormat(osFormat('CanUploadToCloudClipboard'))) ?? [])]).toEqual([0, 0, 0, 0]);
    expect(await port.readFormat('electron application/osclipboard;format="absent"')).toBeNull();
    expect(await port.has(osFormat('ExcludeClipboardContentFromMonitorProcessing'))).toBe(true);
  });
});
