/**
 * "Copy key" and "Copy as OPENAI_API_KEY=…" (row, details, tray): main reads the secret and writes it to
 * the clipboard itself; the window only names a key id and a format and gets back when it clears.
 * Audited as "copied" with the format, never the value.
 */
import type { CopyKeyInput } from '../../shared/key-use';
import type { EnvNamesFor, KeyUseAudit, WithSecret } from '../key-use/ports';
import type { CopyOutcome, SecretClipboard } from './secret-clipboard';

export interface KeyCopyDeps {
  clipboard: SecretClipboard;
  withSecret: WithSecret;
  envNamesFor: EnvNamesFor;
  audit: KeyUseAudit;
}

export function createKeyCopy(deps: KeyCopyDeps) {
  return async function copyKey({ id, format }: CopyKeyInput): Promise<CopyOutcome & { copiedAs: string }> {
    return deps.withSecret(id, async (secret, key) => {
      const variable = format === 'env' ? deps.envNamesFor(key)[0] : undefined;
      const copiedAs = variable ? `${variable}=…` : 'the key';
      const outcome = await deps.clipboard.copy(variable ? `${variable}=${secret}` : secret);
      const clears =
        outcome.clearsInSeconds > 0 ? `cleared after ${outcome.clearsInSeconds} s` : 'not cleared automatically';
      deps.audit({
        event: 'copied',
        keyId: key.id,
        keyName: key.name,
        provider: key.provider,
        detail: `copied ${copiedAs} to the clipboard, ${clears}`,
      });
      return { ...outcome, copiedAs };
    });
  };
}
