/**
 * Electron adapter of the gatekeeper: one `ipcMain.handle` per contract channel, each going through
 * `dispatch`. The sender's frame is read here because `senderFrame` is null once a frame is gone.
 */
import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import type { Gatekeeper } from './gatekeeper';
import type { SenderInfo } from './sender';

export function senderInfo(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame ? frame.url : null,
    isTopFrame: frame !== null && frame.parent === null,
    contentsId: event.sender.id,
  };
}

export function registerIpc(gatekeeper: Gatekeeper): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => gatekeeper.dispatch(channel, senderInfo(event), args));
  }
}
