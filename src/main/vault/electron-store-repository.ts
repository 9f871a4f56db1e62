/**
 * The key repository on electron-store (main process only). The file is owner-only (0600);
 * `clearInvalidConfig` stays false so a damaged file makes the constructor throw instead of being
 * silently replaced by an empty store — losing keys quietly is the worst outcome for a key manager.
 */
import ElectronStore from 'electron-store';
import { type SettingsStore, createSettingsStore } from '../settings-store';
import { type KeyRepository, createStoreRepository } from './repository';

export const STORE_NAME = 'keys';

export function createElectronStoreRepository(options: { cwd?: string } = {}): KeyRepository {
  const store = new ElectronStore<Record<string, unknown>>({
    name: STORE_NAME,
    configFileMode: 0o600,
    clearInvalidConfig: false,
    defaults: { keys: [] },
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return createStoreRepository(store);
}

/** Settings live in their own file so a damaged settings file can never take the keys with it. */
export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  const store = new ElectronStore<Record<string, unknown>>({
    name: 'settings',
    configFileMode: 0o600,
    clearInvalidConfig: false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return createSettingsStore(store);
}
