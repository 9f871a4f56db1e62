/**
 * Where a new key may go, decided once, here:
 * - `os`: encrypted by the OS secret store and written to disk (the normal case);
 * - `memory`: the OS store only obfuscates (Linux without a keyring): the key is held for this run
 *   only, encrypted with a per-process key, and never written — unless the user opted in to
 * - `weak`: written with the obfuscation, by explicit, remembered choice;
 * - `unavailable`: the OS store does not work at all; adding a key is refused.
 */
import { AppError } from '../../shared/ipc/result';
import type { Cipher } from './cipher';
import { SESSION_BACKEND, createAesGcmCipher } from './session-cipher';

export type StorageMode = 'os' | 'weak' | 'memory' | 'unavailable';

export interface Sealed {
  ciphertext: Uint8Array;
  backend: string;
  /** Held in memory for this run only; never written to disk. */
  sessionOnly: boolean;
}

export interface Protection {
  mode(): Promise<StorageMode>;
  seal(secret: string): Promise<Sealed>;
  /** The cipher that can open a record sealed with `backend`. */
  cipherFor(backend: string): Cipher;
  readonly os: Cipher;
}

export function createProtection(os: Cipher, weakAllowed: () => boolean = () => false): Protection {
  const session = createAesGcmCipher();
  const sealInSession = async (secret: string): Promise<Sealed> => ({
    ciphertext: await session.encrypt(secret),
    backend: SESSION_BACKEND,
    sessionOnly: true,
  });

  async function mode(): Promise<StorageMode> {
    if (!(await os.isAvailable())) return 'unavailable';
    if (os.obfuscatedOnly?.()) return weakAllowed() ? 'weak' : 'memory';
    return 'os';
  }

  return {
    os,
    mode,
    cipherFor: (backend) => (backend === SESSION_BACKEND ? session : os),
    async seal(secret) {
      const current = await mode();
      if (current === 'unavailable') {
        throw new AppError(
          'encryption_unavailable',
          'The operating system keychain is not available, so the key was not saved. See Security for how to fix it.',
        );
      }
      if (current === 'memory') return sealInSession(secret);
      const ciphertext = await os.encrypt(secret);
      // A keyring can be reported and still fall back to the hard-coded password (v10 on Linux).
      if (os.obfuscatedOnly?.(ciphertext) && !weakAllowed()) return sealInSession(secret);
      return { ciphertext, backend: os.backend(), sessionOnly: false };
    },
  };
}
