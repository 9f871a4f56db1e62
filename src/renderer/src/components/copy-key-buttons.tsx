/**
 * Copy a stored key without the window ever holding it: main reads the secret and writes the clipboard
 * itself (with the markers that keep it out of clipboard history and sync), and clears it after the
 * time set in Preferences if it is still there. The window learns only what was copied and when it clears.
 */
import type { KeySummary } from '../../../shared/keys';
import { providers } from '../../../shared/provider-catalog';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';

/** Copies a key through main and says what was copied and when it clears (row and details). */
export function useCopyKey(keyInfo: KeySummary): (format: 'plain' | 'env') => Promise<void> {
  const toast = useToasts((s) => s.show);
  const copyKey = useKeys((s) => s.copy);
  return async function copy(format) {
    const result = await copyKey(keyInfo.id, format);
    if (!result.ok) {
      toast('error', result.error.message);
      return;
    }
    const { copiedAs, clearsInSeconds } = result.value;
    const clears = clearsInSeconds > 0 ? `it clears in ${clearsInSeconds} s` : 'it stays until you copy something else';
    toast('success', `Copied ${copiedAs} of "${keyInfo.name}": ${clears}.`);
  };
}

export function CopyKeyButtons({ keyInfo }: { keyInfo: KeySummary }) {
  const copy = useCopyKey(keyInfo);
  // Custom services get a variable named after them by main (e.g. OPENROUTER_API_KEY).
  const variable = keyInfo.provider === 'custom' ? 'a variable' : `${providers[keyInfo.provider].envVariables[0]}=…`;

  return (
    <>
      <button type="button" className="button" onClick={() => void copy('plain')}>
        Copy key
      </button>
      <button type="button" className="button" onClick={() => void copy('env')}>
        Copy as {variable}
      </button>
    </>
  );
}
