/**
 * AES-256-GCM with a random key that exists only in this process. Keys that must not reach the disk
 * (no OS keyring on Linux, and no opt-in to weak storage) are held with it: even in memory they are
 * never plaintext at rest, and they are gone when the app quits.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from './cipher';

export const SESSION_BACKEND = 'session';

export function createAesGcmCipher(key: Buffer = randomBytes(32), backend = SESSION_BACKEND): Cipher {
  return {
    backend: () => backend,
    isAvailable: async () => true,
    async encrypt(plaintext) {
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
      return { plaintext, shouldReEncrypt: false };
    },
  };
}
