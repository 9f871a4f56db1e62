/** The packaging configuration hardens the shipped binary with Electron's fuses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(new URL('../../electron-builder.json', import.meta.url), 'utf8'));

describe('packaging', () => {
  it('flips the fuses: no run-as-node, no NODE_OPTIONS, no inspector, app only from a validated asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app and tray icons in an asar, with the hardened runtime on macOS', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.win.target).toEqual(['nsis']);
  });
});
