/**
 * The one seam between the vault and the OS secret store. Production uses Electron's safeStorage
 * (safe-storage-cipher.ts); tests use a real AES-GCM cipher, so the vault is exercised with real
 * ciphertext without an Electron binary.
 */
export interface Decrypted {
  plaintext: string;
  /** The OS rotated its key or offers a stronger one: store a fresh ciphertext. */
  shouldReEncrypt: boolean;
}

export interface Cipher {
  /** Whether encrypting now would protect the secret (false also when the only backend is obfuscation). */
  isAvailable(): Promise<boolean>;
  /** Name of the backend, recorded with each ciphertext (e.g. `keychain`, `gnome_libsecret`). */
  backend(): string;
  encrypt(plaintext: string): Promise<Uint8Array>;
  decrypt(ciphertext: Uint8Array): Promise<Decrypted>;
  /**
   * True when this backend (or this ciphertext) is only obfuscated, not protected by an OS secret:
   * Linux without a keyring. Such keys are not written to disk unless the user opts in.
   */
  obfuscatedOnly?(ciphertext?: Uint8Array): boolean;
  /** Lets the backend encrypt with its weak fallback (Linux `setUsePlainTextEncryption`). */
  enableWeak?(): void;
}
