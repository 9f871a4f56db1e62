/** The questions people ask about their keys, answered for what this app really does. */
import { customPresets, providerList } from '../../../shared/provider-catalog';
import { TRASH_DAYS } from '../../../shared/trash-limits';
import { KeyPageLinks } from '../components/provider-link';

const builtIn = providerList.filter((p) => p.keyPageUrl);

export function HelpFaq({ schedule }: { schedule: string | null }) {
  return (
    <section className="card help" aria-labelledby="help-faq">
      <h2 id="help-faq">Frequently asked questions</h2>
      <h3>Which AI providers are supported?</h3>
      <p>
        {builtIn.map((p) => `${p.label} (e.g. ${p.models.slice(0, 2).join(', ')})`).join('; ')}. Any OpenAI-compatible
        service works too, such as {customPresets.map((p) => p.name).join(', ')}. Once a key is tested, its model list
        is the one the provider reports for that key.
      </p>
      <h3>How do I get an API key from a provider?</h3>
      <p>
        Sign up on the provider's developer platform, open its API keys section and create a key. Copy it straight away:
        most providers show a key only once.
      </p>
      <KeyPageLinks />
      <h3>Are my API keys stored securely?</h3>
      <p>
        Yes. Each key is encrypted with a secret held by your operating system's keychain (macOS Keychain, Windows
        DPAPI, or a Secret Service keyring or KWallet on Linux) before it is written to disk. This window never receives
        a key back, only a masked hint such as <code>sk-proj-…a1b2</code>; keys are decrypted only in the app's
        background process, to send them to their provider. The Security page shows how your keys are protected on this
        computer; without a keyring, keys are kept only until you quit unless you choose otherwise.
      </p>
      <h3>What happens if my key expires or reaches its usage limit?</h3>
      <p>
        Its status turns red ("Invalid key", "Out of credit"…) at the next test, with the fix in its row: Re-enter… to
        paste a new key in place, or Open billing.{' '}
        {schedule === 'off'
          ? 'Scheduled checks are off (Preferences), so test your keys now and then.'
          : `The app also tests all keys on its own (${schedule ?? 'every 24 hours'} while it runs, set in Preferences) and notifies you when a key stops working or works again.`}
      </p>
      <h3>Does testing a key cost anything?</h3>
      <p>
        No. A test asks the provider for the list of models the key can use (and, for DeepSeek and OpenRouter, the free
        balance or credit endpoint), which spends no tokens. A model list does not show an empty account, though: in a
        key's details you can turn on "Also check that it can spend" — one request of one output token, a fraction of a
        cent, and only for that key. Using the key in your tools is what the provider bills.
      </p>
      <h3>I deleted a key by mistake. Can I get it back?</h3>
      <p>
        Yes: press Undo right after deleting, or open Recently deleted, where a deleted key stays encrypted for{' '}
        {TRASH_DAYS} days and Restore brings it back. A key replaced by a rotation waits there too, until the new one
        passes a test. Deleting a key here does not revoke it at the provider.
      </p>
      <h3>Which keyboard shortcuts are there?</h3>
      <p>
        <kbd>Ctrl/Cmd+N</kbd> adds a key; <kbd>Ctrl/Cmd+F</kbd> or <kbd>/</kbd> searches the list; <kbd>↑</kbd>{' '}
        <kbd>↓</kbd> move between keys, <kbd>Enter</kbd> opens one and <kbd>Delete</kbd> deletes it (after you confirm);{' '}
        <kbd>Escape</kbd> closes a dialog.
      </p>
    </section>
  );
}
