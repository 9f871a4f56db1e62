/**
 * The key repository on electron-store (main process only). The file is owner-only (0600);
 * `clearInvalidConfig` stays false so a damaged file makes the constructor throw instead of being
 * silently replaced by an empty store; we then set the file aside and tell the user (store-recovery.ts).
 */
import { join } from 'node:path';
import { app } from 'electron';
import ElectronStore from 'electron-store';
import { openRecovering } from './store-recovery';
import { type SettingsStore, createSettingsStore } from '../settings-store';
import { type KeyRepository, createStoreRepository } from './repository';

export const STORE_NAME = 'keys';

export function createElectronStoreRepository(options: { cwd?: string } = {}): KeyRepository {
  const open = () =>
    new ElectronStore<Record<string, unknown>>({
      name: STORE_NAME,
      configFileMode: 0o600,
      clearInvalidConfig: false,
      defaults: { keys: [] },
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
  const file = join(options.cwd ?? app.getPath('userData'), `${STORE_NAME}.json`);
  const { store, recovery } = openRecovering(open, file);
  return createStoreRepository(store, recovery);
}

/** Settings live in their own file so a damaged settings file can never take the keys with it. */
export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  const open = () =>
    new ElectronStore<Record<string, unknown>>({
      name: 'settings',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
  // Settings can be rebuilt from defaults; a damaged file is still set aside, never overwritten.
  return createSettingsStore(openRecovering(open, join(options.cwd ?? app.getPath('userData'), 'settings.json')).store);
}
