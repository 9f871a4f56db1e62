/**
 * Cipher on Electron's safeStorage, async API only (the sync calls are deprecated in Electron 45 and
 * removed in 46). It must only be used after `app.whenReady()`: before that, macOS creates the Keychain
 * item under the wrong name and the async calls reject.
 *
 * Linux policy: with no keyring, Chromium falls back to a hard-coded password ("basic_text", ciphertext
 * tagged `v10`), which is obfuscation, not encryption. We report that as "unavailable" rather than write
 * keys that any local process could decrypt.
 */
import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/ipc/result';
import type { Cipher, Decrypted } from './cipher';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

const LINUX_HARDCODED_KEY_TAG = 'v10';

export function backendName(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
  return 'unknown';
}

/** True when the ciphertext is only obfuscated with Chromium's hard-coded Linux password. */
export function isObfuscatedOnly(ciphertext: Uint8Array, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && Buffer.from(ciphertext.subarray(0, 3)).toString('latin1') === LINUX_HARDCODED_KEY_TAG;
}

export function createSafeStorageCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Cipher {
  const backend = () => backendName(safeStorage, platform);
  return {
    backend,
    async isAvailable() {
      if (platform === 'linux' && backend() === 'basic_text') return false;
      return safeStorage.isAsyncEncryptionAvailable();
    },
    async encrypt(plaintext) {
      const ciphertext = await safeStorage.encryptStringAsync(plaintext);
      if (isObfuscatedOnly(ciphertext, platform)) {
        throw new AppError(
          'encryption_unavailable',
          'No keyring answered, so the key would only be obfuscated; it was not saved. See Security for how to fix it.',
        );
      }
      return ciphertext;
    },
    async decrypt(ciphertext): Promise<Decrypted> {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
      return { plaintext: result, shouldReEncrypt };
    },
  };
}
