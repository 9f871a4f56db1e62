/**
 * Keys and settings in the app's data folder, kept by electron-store (main process only). What is
 * checked before electron-store opens a file, and how writes stay atomic, is in json-file-store.ts.
 */
import { app } from 'electron';
import ElectronStore from 'electron-store';
import type { SettingsStore } from '../settings-store';
import { type OpenStoreFile, createFileRepository, createFileSettingsStore, storeFileOptions } from './file-repository';
import type { KeyRepository } from './repository';

export { STORE_NAME } from './file-repository';

const openElectronStore: OpenStoreFile = ({ cwd, name }) => new ElectronStore<Record<string, unknown>>({ cwd, name, ...storeFileOptions });

export function createElectronStoreRepository(options: { cwd?: string } = {}): KeyRepository {
  return createFileRepository(options.cwd ?? app.getPath('userData'), openElectronStore);
}

export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  return createFileSettingsStore(options.cwd ?? app.getPath('userData'), openElectronStore);
}
