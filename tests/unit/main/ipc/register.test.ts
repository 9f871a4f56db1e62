import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../../src/shared/ipc/contract';

const handle = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ ipcMain: { handle }, default: { ipcMain: { handle } } }));

const { registerIpc, senderInfo } = await import('../../../../src/main/ipc/register');

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel, each through the gatekeeper', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc({ dispatch });
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...channels].sort());
    const [channel, listener] = handle.mock.calls[0] as [string, (...a: unknown[]) => Promise<unknown>];
    const frame = { url: 'app://aikm/index.html', parent: null };
    await listener({ senderFrame: frame, sender: { id: 3 } }, { a: 1 }, 'extra');
    expect(dispatch).toHaveBeenCalledWith(
      channel,
      { frameUrl: 'app://aikm/index.html', isTopFrame: true, contentsId: 3 },
      [{ a: 1 }, 'extra'],
    );
  });

  it('describes a destroyed frame and a sub-frame so the gatekeeper can refuse them', () => {
    expect(senderInfo({ senderFrame: null, sender: { id: 1 } } as never)).toEqual({
      frameUrl: null,
      isTopFrame: false,
      contentsId: 1,
    });
    const sub = { url: 'app://aikm/index.html', parent: { url: 'app://aikm/index.html' } };
    expect(senderInfo({ senderFrame: sub, sender: { id: 1 } } as never).isTopFrame).toBe(false);
  });
});
