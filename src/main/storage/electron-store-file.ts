/**
 * The one place electron-store opens a file (main process only): keys and settings both go through
 * it, so both get `storeFileOptions` and the checks of json-file-store.ts.
 */
import ElectronStore from 'electron-store';
import { type OpenStoreFile, storeFileOptions } from './json-file-store';

export const openElectronStore: OpenStoreFile = ({ cwd, name }) =>
  new ElectronStore<Record<string, unknown>>({ cwd, name, ...storeFileOptions });
