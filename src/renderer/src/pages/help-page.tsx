/**
 * Help, inside the app: how adding and testing keys works, the tips, the frequently asked questions and
 * the cost warning. Written for what this app does (rotation in place, scheduled checks, Recently
 * deleted), with the user's own settings where they matter, so the page cannot drift from the app.
 * Buttons are named in bold, keys in <kbd>.
 */
import { useEffect } from 'react';
import { checkEveryLabel } from '../../../shared/schedule';
import { CostNote } from '../components/cost-note';
import { useSettings } from '../store/settings-store';
import { HelpFaq } from './help-faq';

export function HelpPage() {
  const { settings, load } = useSettings();
  useEffect(() => {
    void load();
  }, [load]);
  const rotateAfter = settings?.rotateAfterDays;
  const schedule = settings ? checkEveryLabel(settings.checkEveryHours).toLowerCase() : null;

  return (
    <>
      <header className="page-header">
        <h1>Help</h1>
        <p>How API Key Management works, good habits with keys, and answers to common questions.</p>
      </header>
      <section className="card help" aria-labelledby="help-steps">
        <h2 id="help-steps">How it works</h2>
        <ol className="help-steps">
          <li>
            <strong>Open API Key Management.</strong> It is the first page of this Settings Center, where the keys your
            AI features use are kept.
          </li>
          <li>
            <strong>Choose the provider.</strong> Press <b>+ Add key</b> (or <kbd>Ctrl/Cmd+N</kbd>) and pick OpenAI,
            Anthropic, Google Gemini, DeepSeek or any OpenAI-compatible service, and the model variant.
          </li>
          <li>
            <strong>Name the key and paste it.</strong> Give it a name that says what it is for, paste the key from your
            provider's dashboard and press <b>Add API Key</b>: it is encrypted before it is saved.
          </li>
          <li>
            <strong>Test the connection.</strong> A new key is tested right after it is added
            {settings && !settings.testAfterAdd ? ' (turned off in Preferences)' : ''}; <b>Test</b> in its row checks it
            again, <b>Test all</b> checks every key. A test proves the key is accepted and can see models.
          </li>
          <li>
            <strong>Manage your keys.</strong> The list shows each key's status, with the fix beside it when one is
            needed (<b>Re-enter…</b>, <b>Rotate…</b>, <b>Open billing</b>). <b>Details</b> renames a key, changes its
            model or rotates it; <b>Delete</b> moves it to Recently deleted.
          </li>
        </ol>
      </section>
      <section className="card help" aria-labelledby="help-tips">
        <h2 id="help-tips">Tips</h2>
        <ul className="help-tips">
          <li>
            <strong>Test a key as soon as you add it</strong>, before anything relies on it: that tells you at once
            whether it is valid and has the permissions it needs. The app does this for you unless you turn it off.
          </li>
          <li>
            <strong>Use descriptive names</strong> such as "OpenAI-Production" or "Claude-Testing", so keys are easy to
            tell apart when you have several for one provider.
          </li>
          <li>
            <strong>Rotate keys regularly.</strong> Create a new key at the provider, then use <b>Rotate…</b> (in the
            row, or in Details): the new key is tested first and replaces the old one in place only if it works.
            {rotateAfter ? ` Keys older than ${rotateAfter} days are marked "rotation due".` : ''} Then revoke the old
            key at the provider.
          </li>
        </ul>
      </section>
      <HelpFaq schedule={schedule} />
      <section className="card help" aria-labelledby="help-costs">
        <h2 id="help-costs">Costs</h2>
        <CostNote />
      </section>
    </>
  );
}
