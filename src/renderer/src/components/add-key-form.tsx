/**
 * The add form: provider, model variant, name, key (masked by default, with a show/hide toggle).
 * Main checks the input (the contract's schema) and answers with a message per field, including what
 * only it can know (a name already taken); the renderer ships no validation library of its own. The
 * secret lives in this form's state only until it is sent, and is cleared once main has stored it.
 */
import { type FormEvent, useId, useState } from 'react';
import { formatMismatch } from '../../../shared/key-format';
import type { KeySummary } from '../../../shared/keys';
import {
  type ProviderId,
  builtInProviders,
  customPresets,
  providerList,
  providers,
} from '../../../shared/provider-catalog';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';
import { KeyFormatWarning } from './key-format-warning';

type Fields = Partial<
  Record<'provider' | 'model' | 'name' | 'secret' | 'endpoint' | 'endpoint.name' | 'endpoint.baseUrl' | '_', string>
>;

/** `onSaved`: the key is stored (the sheet closes and the list shows it). */
export function AddKeyForm({ onSaved }: { onSaved?: (key: KeySummary) => void }) {
  const id = useId();
  const add = useKeys((s) => s.add);
  const toast = useToasts((s) => s.show);
  // The first provider of the catalog is the default choice.
  const [provider, setProvider] = useState<ProviderId>(builtInProviders[0].id);
  // No model until the first test shows the key's own list (issue #15): a guess would fail a working key.
  const [model, setModel] = useState('');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [service, setService] = useState(customPresets[0]?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(customPresets[0]?.baseUrl ?? '');
  const [reveal, setReveal] = useState(false);
  const [errors, setErrors] = useState<Fields>({});
  const [busy, setBusy] = useState(false);

  function chooseProvider(next: ProviderId) {
    setProvider(next);
    setModel('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      provider,
      model,
      name,
      secret,
      ...(provider === 'custom' ? { endpoint: { name: service, baseUrl } } : {}),
    };
    setBusy(true);
    const result = await add(input);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setName('');
      setSecret('');
      setReveal(false);
      toast('success', `Saved "${result.value.name}" (${result.value.hint}).`);
      onSaved?.(result.value);
    } else {
      setErrors(result.error.fields ?? {});
      // A field message is shown beside the field; only other failures need a toast.
      if (!result.error.fields) toast('error', result.error.message);
    }
  }

  // Custom services too: an OpenAI key pasted for "OpenRouter" would be sent to OpenRouter.
  const lookalike = formatMismatch(provider, secret);
  const custom = provider === 'custom';
  // An example name for the provider at hand, so it does not read as a value to keep for every key.
  const nameExample = `e.g. ${(custom ? service.trim() : '') || providers[provider].shortLabel}-Production`;

  function choosePreset(presetName: string) {
    const preset = customPresets.find((p) => p.name === presetName);
    if (!preset) return;
    setService(preset.name);
    setBaseUrl(preset.baseUrl);
  }
  const preset = custom ? customPresets.find((p) => p.name === service) : undefined;
  const describedBy = (field: keyof Fields) => (errors[field] ? `${id}-${field}-error` : undefined);
  const errorText = (field: keyof Fields) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="add-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add a key</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-provider`}>Provider</label>
          <select
            id={`${id}-provider`}
            value={provider}
            onChange={(e) => chooseProvider(e.target.value as ProviderId)}
            name="provider"
          >
            {providerList.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        {custom && (
          <>
            <div className="field">
              <label htmlFor={`${id}-preset`}>Service</label>
              <select
                id={`${id}-preset`}
                value={customPresets.some((p) => p.name === service) ? service : ''}
                onChange={(e) => choosePreset(e.target.value)}
              >
                {customPresets.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name}
                  </option>
                ))}
                <option value="">Other…</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-service`}>Service name</label>
              <input
                id={`${id}-service`}
                value={service}
                onChange={(e) => setService(e.target.value)}
                aria-invalid={errors['endpoint.name'] ? true : undefined}
              />
              {errorText('endpoint.name')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-base-url`}>Base URL</label>
              <input
                id={`${id}-base-url`}
                value={baseUrl}
                onChange={(e) => setBaseUrl(e.target.value)}
                placeholder="https://…/v1"
                spellCheck={false}
                aria-invalid={errors['endpoint.baseUrl'] ? true : undefined}
                aria-describedby={describedBy('endpoint.baseUrl')}
              />
              {errorText('endpoint.baseUrl')}
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-model`}>Model variant</label>
          {custom ? (
            <input
              id={`${id}-model`}
              value={model}
              onChange={(e) => setModel(e.target.value)}
              placeholder="optional; a test lists them"
              name="model"
            />
          ) : (
            <select
              id={`${id}-model`}
              value={model}
              onChange={(e) => setModel(e.target.value)}
              name="model"
              aria-describedby={describedBy('model')}
            >
              <option value="">Any — choose after the first test</option>
              {providers[provider].models.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
          {errorText('model')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            name="name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setErrors(({ name: _, ...rest }) => rest);
            }}
            placeholder={nameExample}
            autoComplete="off"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name')}
          />
          {errorText('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-secret`}>API key</label>
          <div className="secret-row">
            <input
              id={`${id}-secret`}
              name="secret"
              type={reveal ? 'text' : 'password'}
              value={secret}
              onChange={(e) => {
                setSecret(e.target.value);
                setErrors(({ secret: _, ...rest }) => rest); // an edited field drops its old error
              }}
              placeholder={preset?.keyPlaceholder ?? providers[provider].keyPlaceholder}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.secret ? true : undefined}
              aria-describedby={describedBy('secret')}
            />
            <button type="button" className="button" onClick={() => setReveal(!reveal)} aria-pressed={reveal}>
              {reveal ? 'Hide' : 'Show'}
            </button>
          </div>
          {errorText('secret')}
          <KeyFormatWarning looksLike={errors.secret ? null : lookalike} onSwitch={chooseProvider} />
        </div>
      </div>
      {errorText('endpoint')}
      {errorText('_')}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Add API Key'}
      </button>
    </form>
  );
}
