/**
 * Explains, in plain language, how keys are protected on this machine and how to fix it when they
 * cannot be. The Linux hints name the `--password-store` switch because desktops Chromium does not
 * recognise (i3, sway, Hyprland…) fall back to the hard-coded password even with a keyring running.
 */
import type { SecurityStatus } from '../shared/ipc/contract';
import type { StorageMode } from './vault/protection';

const LINUX_FIX =
  'Start a keyring (GNOME Keyring, KWallet or KeePassXC) and run the app with --password-store=gnome-libsecret (or kwallet6).';

export function describeSecurity(input: {
  mode: StorageMode;
  weakStorageAllowed: boolean;
  backend: string;
  platform: string;
  storePath: string;
  recovery: string | null;
}): SecurityStatus {
  const { mode, backend, platform, storePath } = input;
  const available = mode === 'os';
  let message: string;
  if (mode === 'memory') {
    message = `No keyring answered, so keys you add are kept only until you quit and are never written to disk. ${LINUX_FIX}`;
  } else if (mode === 'weak') {
    message = `No keyring: keys are written with Chromium's built-in password, which any program running as you can undo (you chose this). ${LINUX_FIX}`;
  } else if (available) {
    const where: Record<string, string> = {
      keychain: 'the macOS Keychain',
      dpapi: 'Windows DPAPI (your Windows account)',
      gnome_libsecret: 'the Secret Service keyring (GNOME Keyring / KeePassXC)',
      kwallet: 'KWallet',
      kwallet5: 'KWallet 5',
      kwallet6: 'KWallet 6',
    };
    message = `Keys are encrypted with a key held by ${where[backend] ?? backend} before they are written to disk.`;
  } else if (platform === 'linux') {
    message = `No keyring was found, so keys cannot be encrypted and are not saved. ${LINUX_FIX}`;
  } else {
    message = 'The operating system keychain is not available right now, so keys cannot be saved.';
  }
  return {
    encryptionAvailable: available,
    mode,
    weakStorageAllowed: input.weakStorageAllowed,
    recovery: input.recovery,
    backend,
    platform,
    message,
    storePath,
  };
}
