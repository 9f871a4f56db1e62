/**
 * Explains, in plain language, how keys are protected on this machine and how to fix it when they
 * cannot be. The Linux hints name the `--password-store` switch because desktops Chromium does not
 * recognise (i3, sway, Hyprland…) fall back to the hard-coded password even with a keyring running.
 */
import type { SecurityStatus } from '../shared/ipc/contract';

export function describeSecurity(input: {
  available: boolean;
  backend: string;
  platform: string;
  storePath: string;
}): SecurityStatus {
  const { available, backend, platform, storePath } = input;
  let message: string;
  if (available) {
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
    message =
      'No keyring was found, so keys cannot be encrypted and are not saved. Start a keyring (GNOME Keyring, ' +
      'KWallet or KeePassXC) and run the app with --password-store=gnome-libsecret (or kwallet6).';
  } else {
    message = 'The operating system keychain is not available right now, so keys cannot be saved.';
  }
  return { encryptionAvailable: available, backend, platform, message, storePath };
}
