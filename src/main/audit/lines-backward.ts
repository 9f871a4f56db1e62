/**
 * Reads a text file's lines from the last to the first, a chunk at a time, so the audit log is shown
 * newest-first without loading the file: `readFile` of a file past V8's string limit (~512 MB) throws,
 * and a large one would sit in memory whole. A line longer than `maxLine` is not assembled (it cannot
 * be an entry; it would only grow memory): it is yielded as `null`, a damaged line.
 */
import { open } from 'node:fs/promises';

const NEWLINE = 0x0a;

export async function* linesBackward(
  file: string,
  { chunk = 256 * 1024, maxLine = 64 * 1024 } = {},
): AsyncGenerator<string | null> {
  const handle = await open(file, 'r');
  try {
    let position = (await handle.stat()).size;
    let carry = Buffer.alloc(0); // the end of a line whose start is in an earlier chunk
    let overlong = false;
    // One buffer for every chunk: what outlives a chunk is copied out of it (concat, toString).
    const buffer = Buffer.allocUnsafe(chunk);
    const finish = (head: Buffer): string | null => {
      const line = overlong ? null : Buffer.concat([head, carry]).toString('utf8');
      carry = Buffer.alloc(0);
      overlong = false;
      return line;
    };
    while (position > 0) {
      const size = Math.min(chunk, position);
      position -= size;
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(buffer, filled, size - filled, position + filled);
        if (bytesRead === 0) throw new Error('the file shrank while it was read');
        filled += bytesRead;
      }
      let end = size;
      for (let i = size - 1; i >= 0; i--) {
        if (buffer[i] !== NEWLINE) continue;
        if (end > i + 1 || carry.length > 0 || overlong) yield finish(buffer.subarray(i + 1, end));
        end = i;
      }
      if (overlong) continue;
      carry = Buffer.concat([buffer.subarray(0, end), carry]);
      if (carry.length > maxLine) {
        carry = Buffer.alloc(0);
        overlong = true;
      }
    }
    if (carry.length > 0 || overlong) yield finish(Buffer.alloc(0));
  } finally {
    await handle.close();
  }
}
