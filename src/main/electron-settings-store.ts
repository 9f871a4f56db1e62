/** Settings in the app's data folder, kept by electron-store (main process only). */
import { app } from 'electron';
import { type SettingsStore, createFileSettingsStore } from './settings-store';
import { openElectronStore } from './storage/electron-store-file';

export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  return createFileSettingsStore(options.cwd ?? app.getPath('userData'), openElectronStore);
}
