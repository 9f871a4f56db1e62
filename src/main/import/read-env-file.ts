/**
 * Reads a .env file the user picked, looking before reading: a 1 GiB file would make main allocate
 * 1 GiB, and a FIFO or a device would block it (or never end). So: `stat` first and refuse anything
 * that is not a regular file or is over the cap; then open without blocking, check the opened file
 * again (it may have been swapped since the stat) and read at most cap + 1 bytes.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/ipc/result';

/** A .env file is small; anything larger is not one. */
export const MAX_ENV_FILE_BYTES = 256 * 1024;

function refuse(file: string, why: string): AppError {
  return new AppError('invalid_input', `${basename(file)} ${why}`);
}

function check(file: string, info: { isFile(): boolean; size: number }): void {
  if (!info.isFile()) throw refuse(file, 'is not a regular file, so it was not read as a .env file.');
  if (info.size > MAX_ENV_FILE_BYTES)
    throw refuse(file, `is too large for a .env file (over ${MAX_ENV_FILE_BYTES / 1024} KB), so it was not read.`);
}

export async function readEnvFile(file: string): Promise<string> {
  const unreadable = () => refuse(file, 'could not be read as a .env file.');
  check(file, await stat(file).catch(() => Promise.reject(unreadable())));
  // O_NONBLOCK: opening a FIFO that was swapped in after the stat must not wait for a writer.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() =>
    Promise.reject(unreadable()),
  );
  try {
    check(file, await handle.stat());
    const buffer = Buffer.alloc(MAX_ENV_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0).catch(() => Promise.reject(unreadable()));
    if (bytesRead > MAX_ENV_FILE_BYTES) throw refuse(file, 'grew while it was read, so it was not used.');
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}
