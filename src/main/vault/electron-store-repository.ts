/** Keys in the app's data folder, kept by electron-store (main process only). */
import { app } from 'electron';
import { openElectronStore } from '../storage/electron-store-file';
import { createFileRepository } from './file-repository';
import type { KeyRepository } from './repository';

export { STORE_NAME } from './file-repository';

export function createElectronStoreRepository(options: { cwd?: string } = {}): KeyRepository {
  return createFileRepository(options.cwd ?? app.getPath('userData'), openElectronStore);
}
