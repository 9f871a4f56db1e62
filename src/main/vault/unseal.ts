/**
 * Opening a ciphertext, with the one retry policy safeStorage needs: "temporarily unavailable" (the
 * keyring is starting or locked) is retried a few times; any other failure means this computer cannot
 * open it, reported as `cannot_decrypt` — never by deleting the key.
 */
import { AppError } from '../../shared/ipc/result';
import type { Cipher, Decrypted } from './cipher';

const RETRY_DELAYS_MS = [100, 400, 1000];

export function isTemporarilyUnavailable(error: unknown): boolean {
  return error instanceof Error && /temporarily unavailable/i.test(error.message);
}

export async function openWithRetry(
  cipher: Cipher,
  ciphertext: Uint8Array,
  delays = RETRY_DELAYS_MS,
): Promise<Decrypted> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await cipher.decrypt(ciphertext);
    } catch (error) {
      const delay = delays[attempt];
      if (isTemporarilyUnavailable(error) && delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      if (isTemporarilyUnavailable(error)) {
        throw new AppError('storage_error', 'The keychain is busy or locked right now. Unlock it and try again.');
      }
      throw new AppError('cannot_decrypt', 'The key cannot be decrypted on this computer.');
    }
  }
}
