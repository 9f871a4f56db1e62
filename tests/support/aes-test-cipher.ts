/**
 * A cipher that really encrypts (AES-256-GCM, random key per instance), standing in for safeStorage in
 * tests: ciphertexts are opaque, tamper-evident and unreadable by another instance, like the real thing.
 * Switches let a test make it unavailable, ask for re-encryption, or fail like a changed keychain.
 */
import { randomBytes } from 'node:crypto';
import type { Cipher } from '../../src/main/vault/cipher';
import { createAesGcmCipher } from '../../src/main/vault/session-cipher';

export interface TestCipher extends Cipher {
  available: boolean;
  /** How many encryptions happened (a refused add must not encrypt). */
  encryptCount: number;
  /** Makes the next decryption ask for re-encryption, as safeStorage does after a key rotation. */
  rotateOnNextDecrypt: boolean;
  /** Makes the next N decryptions reject as "temporarily unavailable". */
  busyDecrypts: number;
  /** Acts like Linux without a keyring (only the hard-coded password). */
  obfuscated: boolean;
  weakEnabled: boolean;
}

export function createTestCipher(key: Buffer = randomBytes(32)): TestCipher {
  const aes = createAesGcmCipher(key, 'test-aes-gcm');
  const cipher: TestCipher = {
    available: true,
    encryptCount: 0,
    rotateOnNextDecrypt: false,
    busyDecrypts: 0,
    obfuscated: false,
    weakEnabled: false,
    obfuscatedOnly: () => cipher.obfuscated,
    enableWeak: () => {
      cipher.weakEnabled = true;
    },
    backend: aes.backend,
    isAvailable: async () => cipher.available,
    async encrypt(plaintext) {
      if (!cipher.available) throw new Error('encryption unavailable');
      cipher.encryptCount += 1;
      return aes.encrypt(plaintext);
    },
    async decrypt(ciphertext) {
      if (cipher.busyDecrypts > 0) {
        cipher.busyDecrypts -= 1;
        throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
      }
      const { plaintext } = await aes.decrypt(ciphertext);
      const shouldReEncrypt = cipher.rotateOnNextDecrypt;
      cipher.rotateOnNextDecrypt = false;
      return { plaintext, shouldReEncrypt };
    },
  };
  return cipher;
}
