/**
 * Cipher on Electron's safeStorage, async API only (the sync calls are deprecated in Electron 45 and
 * removed in 46). It must only be used after `app.whenReady()`: before that, macOS creates the Keychain
 * item under the wrong name and the async calls reject.
 *
 * Linux: with no keyring, Chromium falls back to a hard-coded password ("basic_text", ciphertext tagged
 * `v10`), which is obfuscation, not encryption. The cipher says so (`obfuscatedOnly`); the vault's
 * protection policy then keeps such keys off the disk unless the user opts in.
 */
import type { SafeStorage } from 'electron';
import type { Cipher, Decrypted } from './cipher';

export type SafeStorageLike = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
  | 'setUsePlainTextEncryption'
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
  let sawObfuscation = false;
  return {
    backend,
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    obfuscatedOnly(ciphertext) {
      if (ciphertext && isObfuscatedOnly(ciphertext, platform)) sawObfuscation = true;
      return platform === 'linux' && (backend() === 'basic_text' || sawObfuscation);
    },
    enableWeak() {
      if (platform === 'linux') safeStorage.setUsePlainTextEncryption(true);
    },
    encrypt: (plaintext) => safeStorage.encryptStringAsync(plaintext),
    async decrypt(ciphertext): Promise<Decrypted> {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
      return { plaintext: result, shouldReEncrypt };
    },
  };
}
