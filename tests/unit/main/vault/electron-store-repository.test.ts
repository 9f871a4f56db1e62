import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// electron-store imports `electron` (default export) for app paths and an IPC listener.
vi.mock('electron', () => {
  const electron = { app: undefined, ipcMain: undefined, shell: undefined };
  return { default: electron, ...electron };
});

const { createElectronStoreRepository } = await import('../../../../src/main/vault/electron-store-repository');

const record = {
  id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f',
  name: 'OpenAI-Production',
  provider: 'openai',
  model: 'gpt-5.5',
  hint: 'sk-proj-…a1b2',
  ciphertext: Buffer.from('opaque').toString('base64'),
  backend: 'keychain',
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
} as const;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-estore-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electron-store repository', () => {
  it('round-trips records through keys.json', async () => {
    const repository = createElectronStoreRepository({ cwd: dir });
    await repository.save([record]);
    expect(repository.location).toBe(join(dir, 'keys.json'));
    await expect(createElectronStoreRepository({ cwd: dir }).load()).resolves.toEqual([record]);
  });

  it.skipIf(process.platform === 'win32')('writes the file readable by its owner only (0600)', async () => {
    const repository = createElectronStoreRepository({ cwd: dir });
    await repository.save([record]);
    expect(statSync(repository.location).mode & 0o777).toBe(0o600);
  });

  it('starts with an empty store when the file is not JSON, keeping the damaged file unchanged beside it', async () => {
    const file = join(dir, 'keys.json');
    writeFileSync(file, '{"keys": [ truncated');
    const repository = createElectronStoreRepository({ cwd: dir });
    await expect(repository.load()).resolves.toEqual([]);
    const backups = readdirSync(dir).filter((f) => /^keys\.corrupt-.*\.json$/.test(f));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe('{"keys": [ truncated');
    expect(repository.recovery).toContain(join(dir, backups[0]!));
    // The app goes on working: a new key can be stored.
    await repository.save([record]);
    await expect(createElectronStoreRepository({ cwd: dir }).load()).resolves.toEqual([record]);
  });

  it('keeps the readable keys when one record is damaged, and a copy of the whole file', async () => {
    const file = join(dir, 'keys.json');
    const damaged = JSON.stringify({ keys: [record, { ...record, id: 'not-a-uuid', provider: 'unknown' }] });
    writeFileSync(file, damaged);
    const repository = createElectronStoreRepository({ cwd: dir });
    await expect(repository.load()).resolves.toEqual([record]);
    expect(repository.recovery).toMatch(/1 stored key was damaged/);
    const backups = readdirSync(dir).filter((f) => f.includes('.corrupt-'));
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(damaged);
  });

  it('leaves a key file it cannot read where it is, reports it, and refuses to write over it', async () => {
    // A path that exists but cannot be read as a file, like one locked by an antivirus (EBUSY) or
    // not readable by this user (EACCES): the keys in it may be fine, so nothing may replace it.
    const file = join(dir, 'keys.json');
    mkdirSync(file);
    writeFileSync(join(file, 'inside'), 'kept');
    const repository = createElectronStoreRepository({ cwd: dir });
    await expect(repository.load()).rejects.toMatchObject({
      code: 'storage_error',
      message: expect.stringContaining('could not be read'),
    });
    await expect(repository.save([record])).rejects.toMatchObject({
      code: 'storage_error',
      message: expect.stringContaining('will not write over it'),
    });
    expect(readdirSync(dir)).toEqual(['keys.json']); // not set aside, not replaced
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept');
    expect(repository.recovery).toBeNull();
  }, 10_000);

  for (const content of ['[]', 'null', '"keys"', '42', '[{"keys": []}]']) {
    it(`sets aside a key file that is valid JSON but not an object (${content}) and tells the user`, async () => {
      const file = join(dir, 'keys.json');
      writeFileSync(file, content);
      const repository = createElectronStoreRepository({ cwd: dir });
      await expect(repository.load()).resolves.toEqual([]);
      const backups = readdirSync(dir).filter((f) => /^keys\.corrupt-.*\.json$/.test(f));
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(content);
      expect(repository.recovery).toContain(join(dir, backups[0]!));
      expect(repository.recovery).toMatch(/instead of its records/);
    });
  }
});
