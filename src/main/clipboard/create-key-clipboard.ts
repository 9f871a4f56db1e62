/**
 * The one factory main needs for "Copy key": Electron's clipboard behind the port, the auto-clearing
 * secret clipboard, and the copy action over the vault. index.ts passes Electron's `clipboard` and
 * `ClipboardItem`; nothing here imports `electron`.
 */
import type { EnvNamesFor, KeyUseAudit, WithSecret } from '../key-use/ports';
import type { ClipboardPort } from './clipboard-port';
import { createKeyCopy } from './key-copy';
import { createSecretClipboard } from './secret-clipboard';

export interface KeyClipboardOptions {
  /** electronClipboardPort(clipboard, ClipboardItem) in the app; a fake in tests. */
  clipboard: ClipboardPort;
  platform: string;
  /** The setting (seconds, 0 = off), read at every copy. */
  clearAfterSeconds: () => number;
  withSecret: WithSecret;
  envNamesFor: EnvNamesFor;
  audit: KeyUseAudit;
  log?: { error(message: string): void };
}

export function createKeyClipboard(options: KeyClipboardOptions) {
  const secretClipboard = createSecretClipboard({
    clipboard: options.clipboard,
    platform: options.platform,
    clearAfterSeconds: options.clearAfterSeconds,
    ...(options.log ? { log: options.log } : {}),
  });
  const copy = createKeyCopy({
    clipboard: secretClipboard,
    withSecret: options.withSecret,
    envNamesFor: options.envNamesFor,
    audit: options.audit,
  });
  return {
    /** keys:copy {id, format: 'plain' | 'env'} → { clearsInSeconds, markers, copiedAs } (never the value). */
    copy,
    /** On quit: clears a copy still on the clipboard (at most 1 s). */
    dispose: secretClipboard.dispose,
    hasPending: secretClipboard.hasPending,
  };
}

export type KeyClipboard = ReturnType<typeof createKeyClipboard>;
