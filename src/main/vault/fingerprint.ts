/**
 * Duplicate detection without keeping plaintext: each key's fingerprint is an HMAC-SHA256 of the key
 * under a random 32-byte secret that is itself sealed by the vault's protection (OS keychain) and
 * stored beside the keys. Without that secret a fingerprint says nothing about the key it came from.
 * Each fingerprint starts with the id of the secret it was made with, so fingerprints made with an
 * older secret (lost keychain, memory-only run) are recognised as stale and recomputed.
 *
 * The same sealed secret also binds where a key may be sent to its ciphertext (destination.ts): one
 * keychain-sealed secret, one HMAC, inputs kept apart by a NUL-separated prefix no key can contain.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { isTemporarilyUnavailable, openWithRetry } from './unseal';
import type { Protection } from './protection';
import type { KeyRepository } from './repository';

export const FINGERPRINT_META = 'fingerprintKey';

interface SealedMeta {
  id: string;
  ciphertext: string;
  backend: string;
}

function isSealedMeta(value: unknown): value is SealedMeta {
  const meta = value as SealedMeta | null;
  return (
    typeof meta === 'object' &&
    meta !== null &&
    typeof meta.id === 'string' &&
    typeof meta.ciphertext === 'string' &&
    typeof meta.backend === 'string'
  );
}

interface HmacKey {
  id: string;
  key: Buffer;
  /** Written beside the keys; false while it exists only for this run (sealed in memory). */
  saved: boolean;
}

export type Fingerprinter = ReturnType<typeof createFingerprinter>;

export function createFingerprinter(protection: Protection, repository: KeyRepository) {
  let hmacKey: Promise<HmacKey> | undefined;

  async function load(): Promise<HmacKey> {
    const stored = await repository.loadMeta?.(FINGERPRINT_META);
    if (isSealedMeta(stored)) {
      try {
        const opened = await openWithRetry(
          protection.cipherFor(stored.backend),
          Buffer.from(stored.ciphertext, 'base64'),
        );
        return { id: stored.id, key: Buffer.from(opened.plaintext, 'hex'), saved: true };
      } catch (error) {
        // A busy keychain is retried later; only a secret this computer cannot open is replaced.
        if (isTemporarilyUnavailable(error) || (error instanceof Error && /busy or locked/.test(error.message)))
          throw error;
      }
    }
    const fresh: HmacKey = { id: randomUUID(), key: randomBytes(32), saved: false };
    await save(fresh);
    return fresh;
  }

  /** Seals and writes the secret unless keys can only be kept in memory right now. */
  async function save(secret: HmacKey): Promise<void> {
    const sealed = await protection.seal(secret.key.toString('hex'));
    if (sealed.sessionOnly) return;
    const meta: SealedMeta = {
      id: secret.id,
      ciphertext: Buffer.from(sealed.ciphertext).toString('base64'),
      backend: sealed.backend,
    };
    await repository.saveMeta?.(FINGERPRINT_META, meta);
    secret.saved = true;
  }

  async function current(): Promise<HmacKey> {
    hmacKey ??= load().catch((error: unknown) => {
      hmacKey = undefined; // try again next time (e.g. the keychain was locked)
      throw error;
    });
    return hmacKey;
  }

  return {
    /** `<secret id>:<HMAC>` of a key (or of a destination binding's message). */
    async of(secret: string): Promise<string> {
      const { id, key } = await current();
      return `${id}:${createHmac('sha256', key).update(secret).digest('base64url')}`;
    },
    /**
     * Writes a secret that was made while keys could only be kept in memory, once they can be written
     * (weak-storage opt-in): otherwise what it signed would look stale, or changed, after a restart.
     */
    async persist(): Promise<void> {
      const secret = await current();
      if (!secret.saved) await save(secret);
    },
    /** Whether a stored fingerprint was made with the current secret (otherwise it must be recomputed). */
    async isCurrent(fingerprint: string | undefined): Promise<boolean> {
      return fingerprint !== undefined && fingerprint.startsWith(`${(await current()).id}:`);
    },
  };
}
