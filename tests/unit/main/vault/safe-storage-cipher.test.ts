import { describe, expect, it, vi } from 'vitest';
import { type SafeStorageLike, createSafeStorageCipher } from '../../../../src/main/vault/safe-storage-cipher';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

function fakeSafeStorage(backend: Backend, prefix = 'v11', available = true) {
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (text: string) => Buffer.from(prefix + Buffer.from(text).toString('hex'))),
    decryptStringAsync: vi.fn(async (data: Buffer) => ({
      result: Buffer.from(data.subarray(3).toString(), 'hex').toString(),
      shouldReEncrypt: data.subarray(0, 3).toString() === 'v10',
    })),
    getSelectedStorageBackend: vi.fn((): Backend => backend),
    setUsePlainTextEncryption: vi.fn(),
  } satisfies SafeStorageLike;
}

describe('safeStorage cipher', () => {
  it('uses only the async API and round-trips a secret', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret');
    const cipher = createSafeStorageCipher(safeStorage, 'linux');
    expect(await cipher.isAvailable()).toBe(true);
    const ciphertext = await cipher.encrypt('sk-secret-123');
    await expect(cipher.decrypt(ciphertext)).resolves.toEqual({ plaintext: 'sk-secret-123', shouldReEncrypt: false });
    expect(cipher.obfuscatedOnly?.(ciphertext)).toBe(false);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
  });

  it('reports Linux basic_text (the hard-coded password) as obfuscation only', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('basic_text', 'v10'), 'linux').obfuscatedOnly?.()).toBe(true);
  });

  it('notices a v10 ciphertext on Linux even when a keyring was reported, and remembers it', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', 'v10'), 'linux');
    expect(cipher.obfuscatedOnly?.()).toBe(false);
    expect(cipher.obfuscatedOnly?.(await cipher.encrypt('sk-secret-123'))).toBe(true);
    expect(cipher.obfuscatedOnly?.()).toBe(true);
  });

  it('trusts v10 on macOS and Windows, where it is a real OS-held key', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const cipher = createSafeStorageCipher(fakeSafeStorage('unknown', 'v10'), platform);
      expect(cipher.obfuscatedOnly?.(await cipher.encrypt('sk-secret-123'))).toBe(false);
    }
  });

  it('turns on the weak fallback only on Linux, and only when asked', () => {
    const linux = fakeSafeStorage('basic_text');
    createSafeStorageCipher(linux, 'linux').enableWeak?.();
    expect(linux.setUsePlainTextEncryption).toHaveBeenCalledWith(true);
    const mac = fakeSafeStorage('unknown');
    createSafeStorageCipher(mac, 'darwin').enableWeak?.();
    expect(mac.setUsePlainTextEncryption).not.toHaveBeenCalled();
  });

  it('names the backend on every platform', () => {
    const s = fakeSafeStorage('kwallet6');
    expect(createSafeStorageCipher(s, 'darwin').backend()).toBe('keychain');
    expect(createSafeStorageCipher(s, 'win32').backend()).toBe('dpapi');
    expect(createSafeStorageCipher(s, 'linux').backend()).toBe('kwallet6');
  });

  it('passes shouldReEncrypt through so the vault can refresh old ciphertext', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('kwallet6'), 'darwin');
    await expect(cipher.decrypt(Buffer.from('v10' + Buffer.from('abc').toString('hex')))).resolves.toEqual({
      plaintext: 'abc',
      shouldReEncrypt: true,
    });
  });

  it('reports unavailable when safeStorage says so', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', 'v11', false), 'linux');
    expect(await cipher.isAvailable()).toBe(false);
  });
});
