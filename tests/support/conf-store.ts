/** Tests open the store files with conf, the library electron-store wraps: the same files and writes, no Electron. */
import Conf from 'conf';
import { type OpenStoreFile, storeFileOptions } from '../../src/main/storage/json-file-store';

export const openConfStore: OpenStoreFile = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, ...storeFileOptions });
