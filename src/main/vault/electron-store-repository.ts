/**
 * Keys and settings in the app's data folder (main process only). The files are written by our own
 * JSON file store (json-file-store.ts: atomic, owner-only writes in every environment; a damaged file
 * set aside, an unreadable one never written over). The module keeps its name from when it wrapped
 * electron-store.
 */
import { app } from 'electron';
import type { SettingsStore } from '../settings-store';
import { createFileRepository, createFileSettingsStore } from './file-repository';
import type { KeyRepository } from './repository';

export { STORE_NAME } from './file-repository';

export function createElectronStoreRepository(options: { cwd?: string } = {}): KeyRepository {
  return createFileRepository(options.cwd ?? app.getPath('userData'));
}

export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  return createFileSettingsStore(options.cwd ?? app.getPath('userData'));
}
