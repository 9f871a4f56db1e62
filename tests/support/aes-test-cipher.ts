/**
 * A cipher that really encrypts (AES-256-GCM, random key per instance), standing in for safeStorage in
 * tests: ciphertexts are opaque, tamper-evident and unreadable by another instance, like the real thing.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../../src/main/vault/cipher';

export interface TestCipher extends Cipher {
  available: boolean;
  /** How many encryptions happened (a refused add must not encrypt). */
  encryptCount: number;
  /** Makes the next decryption ask for re-encryption, as safeStorage does after a key rotation. */
  rotateOnNextDecrypt: boolean;
}

export function createTestCipher(key: Buffer = randomBytes(32)): TestCipher {
  const cipher: TestCipher = {
    available: true,
    encryptCount: 0,
    rotateOnNextDecrypt: false,
    backend: () => 'test-aes-gcm',
    isAvailable: async () => cipher.available,
    async encrypt(plaintext) {
      if (!cipher.available) throw new Error('encryption unavailable');
      cipher.encryptCount += 1;
      const iv = randomBytes(12);
      const aes = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([aes.update(plaintext, 'utf8'), aes.final()]);
      return Buffer.concat([iv, aes.getAuthTag(), body]);
    },
    async decrypt(ciphertext) {
      const data = Buffer.from(ciphertext);
      const aes = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      aes.setAuthTag(data.subarray(12, 28));
      const plaintext = Buffer.concat([aes.update(data.subarray(28)), aes.final()]).toString('utf8');
      const shouldReEncrypt = cipher.rotateOnNextDecrypt;
      cipher.rotateOnNextDecrypt = false;
      return { plaintext, shouldReEncrypt };
    },
  };
  return cipher;
}
