import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('refuses to open a damaged file instead of silently wiping it', () => {
    const file = join(dir, 'keys.json');
    writeFileSync(file, '{"keys": [ truncated');
    expect(() => createElectronStoreRepository({ cwd: dir })).toThrow(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"keys": [ truncated');
  });

  it('reports a record that fails the schema as storage_error and leaves the file alone', async () => {
    const file = join(dir, 'keys.json');
    const damaged = JSON.stringify({ keys: [{ ...record, provider: 'unknown' }] });
    writeFileSync(file, damaged);
    await expect(createElectronStoreRepository({ cwd: dir }).load()).rejects.toMatchObject({ code: 'storage_error' });
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  });
});
