/**
 * Newline-delimited JSON over the socket, one JSON value per line. Lines are size-capped as they
 * arrive (before parsing), so a peer cannot make the other side buffer without limit.
 */
import type { Socket } from 'node:net';

export class WireError extends Error {}

export interface LineReader {
  /** The next line (without its newline), or null when the peer closed first. */
  next(): Promise<string | null>;
}

export function lineReader(socket: Socket, maxLineBytes: number): LineReader {
  const lines: string[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  socket.on('data', (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let newline: number;
    let tooLong = false;
    while ((newline = pending.indexOf(0x0a)) >= 0) {
      tooLong ||= newline > maxLineBytes;
      lines.push(pending.subarray(0, newline).toString('utf8'));
      pending = pending.subarray(newline + 1);
    }
    if (tooLong || pending.length > maxLineBytes) {
      failure = new WireError(`a message over ${maxLineBytes} bytes`);
      socket.destroy();
    }
    notify();
  });
  socket.on('end', () => ((ended = true), notify()));
  socket.on('close', () => ((ended = true), notify()));
  socket.on('error', (error) => ((failure ??= error), notify()));

  return {
    async next() {
      for (;;) {
        if (failure) throw failure;
        const line = lines.shift();
        if (line !== undefined) return line;
        if (ended) return null;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

/** Parses one line as JSON; anything else is a protocol error, never echoed. */
export function parseLine(line: string | null): unknown {
  if (line === null) return null;
  try {
    return JSON.parse(line);
  } catch {
    throw new WireError('a message that is not JSON');
  }
}

export function writeLine(socket: Socket, value: unknown): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(value)}\n`);
}
