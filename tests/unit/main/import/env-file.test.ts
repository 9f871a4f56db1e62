/** Picking a .env file: main looks at what it is before reading a byte of it (item 9 of issue #12). */
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../src/main/core';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

const fsCalls = vi.hoisted(() => ({ readFile: [] as string[] }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readFile = ((path: unknown, ...rest: unknown[]) => {
    fsCalls.readFile.push(String(path));
    return (fs.readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

let store: TempStore;
let core: Core;
let picked: string | null;
beforeEach(() => {
  store = createTempStore();
  picked = null;
  fsCalls.readFile.length = 0;
  core = createTestCore(store, { pickFile: async () => picked });
});
afterEach(() => store.cleanup());

describe('.env import: what is picked is looked at before it is read', () => {
  it('a 1 GiB (sparse) file is refused as too large without being read', async () => {
    picked = join(store.dir, 'huge.env');
    writeFileSync(picked, 'OPENAI_API_KEY=sk-proj-huge-0123456789\n');
    truncateSync(picked, 1024 ** 3);
    const before = process.memoryUsage().arrayBuffers;
    await expect(core.handlers['import:open-file'](undefined)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('too large'),
    });
    expect(fsCalls.readFile).toEqual([]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 ** 2);
  });

  it('a FIFO is refused at once instead of hanging main while it waits for a writer', async () => {
    picked = join(store.dir, 'pipe.env');
    execFileSync('mkfifo', [picked]);
    await expect(core.handlers['import:open-file'](undefined)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not a regular file'),
    });
  }, 3000);

  it('a device is refused the same way', async () => {
    picked = '/dev/zero';
    await expect(core.handlers['import:open-file'](undefined)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not a regular file'),
    });
  }, 3000);

  it('a missing file gets a clear error', async () => {
    picked = join(store.dir, 'gone.env');
    await expect(core.handlers['import:open-file'](undefined)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('could not be read'),
    });
  });

  it('a small regular file is still read and offered', async () => {
    picked = join(store.dir, 'ok.env');
    writeFileSync(picked, 'OPENAI_API_KEY=sk-proj-small-0123456789\n');
    const { candidates } = await core.handlers['import:open-file'](undefined);
    expect(candidates.map((c) => c.variable)).toEqual(['OPENAI_API_KEY']);
  });
});
