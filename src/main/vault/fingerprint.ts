/**
 * Duplicate detection without keeping plaintext: each key's fingerprint is an HMAC-SHA256 of the key
 * under a random 32-byte secret that is itself sealed by the vault's protection (OS keychain) and
 * stored beside the keys. Without that secret a fingerprint says nothing about the key it came from.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Protection } from './protection';
import type { KeyRepository } from './repository';

export const FINGERPRINT_META = 'fingerprintKey';

interface SealedMeta {
  ciphertext: string;
  backend: string;
}

function isSealedMeta(value: unknown): value is SealedMeta {
  return typeof value === 'object' && value !== null && typeof (value as SealedMeta).ciphertext === 'string' && typeof (value as SealedMeta).backend === 'string';
}

export function createFingerprinter(protection: Protection, repository: KeyRepository) {
  let hmacKey: Promise<Buffer> | undefined;

  async function load(): Promise<Buffer> {
    const stored = await repository.loadMeta?.(FINGERPRINT_META);
    if (isSealedMeta(stored)) {
      try {
        const opened = await protection.cipherFor(stored.backend).decrypt(Buffer.from(stored.ciphertext, 'base64'));
        return Buffer.from(opened.plaintext, 'hex');
      } catch {
        // Unreadable (another keychain): start a new one; old fingerprints are recomputed when keys open.
      }
    }
    const fresh = randomBytes(32);
    const sealed = await protection.seal(fresh.toString('hex'));
    if (!sealed.sessionOnly) {
      await repository.saveMeta?.(FINGERPRINT_META, { ciphertext: Buffer.from(sealed.ciphertext).toString('base64'), backend: sealed.backend });
    }
    return fresh;
  }

  return async function fingerprint(secret: string): Promise<string> {
    hmacKey ??= load().catch((error: unknown) => {
      hmacKey = undefined; // try again next time (e.g. the keychain was locked)
      throw error;
    });
    return createHmac('sha256', await hmacKey).update(secret).digest('base64url');
  };
}
