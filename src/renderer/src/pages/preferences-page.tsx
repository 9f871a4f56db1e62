/** Preferences: how keys are tested, and the tray. Saved by main, which validates every change. */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type CheckEveryHours, checkEveryHoursOptions, checkEveryLabel } from '../../../shared/schedule';
import { type SettingsPatch, useSettings } from '../store/settings-store';
import { useToasts } from '../store/toast-store';

export function PreferencesPage() {
  const id = useId();
  const toast = useToasts((s) => s.show);
  const { settings, load, update } = useSettings();
  const [seconds, setSeconds] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void load().then((result) => {
      if (!result.ok) return setError(result.error.message);
      setSeconds(String(result.value.testTimeoutMs / 1000));
    });
  }, [load]);

  // The store shows the new value at once and puts back main's answer (the old value if refused).
  async function save(patch: SettingsPatch) {
    const result = await update(patch);
    if (!result.ok) {
      setError(
        result.error.fields?.testTimeoutMs ? 'Choose a timeout between 1 and 60 seconds.' : result.error.message,
      );
      return;
    }
    // Only a saved timeout replaces what is in the field; toggling a checkbox keeps an unsaved edit.
    if (patch.testTimeoutMs !== undefined) {
      setError(null);
      setSeconds(String(result.value.testTimeoutMs / 1000));
    }
    toast('success', 'Settings saved.');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(seconds);
    void save({ testTimeoutMs: Number.isFinite(value) ? Math.round(value * 1000) : Number.NaN });
  }

  return (
    <>
      <header className="page-header">
        <h1>Preferences</h1>
        <p>A key test lists the provider's models with the key: it proves the key connects and spends no tokens.</p>
      </header>
      {settings && (
        <form className="card settings-form" onSubmit={submit} aria-label="Preferences" noValidate>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.testAfterAdd}
              onChange={(e) => void save({ testAfterAdd: e.target.checked })}
            />
            Test a key right after it is added
          </label>
          <div className="field">
            <label htmlFor={`${id}-timeout`}>Test timeout (seconds)</label>
            <input
              id={`${id}-timeout`}
              type="number"
              min={1}
              max={60}
              value={seconds}
              onChange={(e) => setSeconds(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button button-primary">
            Save timeout
          </button>
          <div className="field">
            <label htmlFor={`${id}-schedule`}>Check all keys automatically</label>
            <select
              id={`${id}-schedule`}
              value={settings.checkEveryHours}
              onChange={(e) => void save({ checkEveryHours: Number(e.target.value) as CheckEveryHours })}
            >
              {checkEveryHoursOptions.map((hours) => (
                <option key={hours} value={hours}>
                  {checkEveryLabel(hours)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-rotate`}>Remind me to rotate keys older than</label>
            <select
              id={`${id}-rotate`}
              value={settings.rotateAfterDays}
              onChange={(e) => void save({ rotateAfterDays: Number(e.target.value) })}
            >
              <option value={0}>Never</option>
              <option value={30}>30 days</option>
              <option value={60}>60 days</option>
              <option value={90}>90 days</option>
              <option value={180}>180 days</option>
              <option value={365}>1 year</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-clipboard`}>Clear a copied key from the clipboard after</label>
            <select
              id={`${id}-clipboard`}
              value={settings.clipboardClearSeconds}
              onChange={(e) => void save({ clipboardClearSeconds: Number(e.target.value) })}
            >
              <option value={0}>Never (not recommended)</option>
              <option value={15}>15 seconds</option>
              <option value={30}>30 seconds</option>
              <option value={60}>1 minute</option>
              <option value={120}>2 minutes</option>
            </select>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.keepInTray}
              onChange={(e) => void save({ keepInTray: e.target.checked })}
            />
            Keep running in the tray when the window is closed
          </label>
        </form>
      )}
    </>
  );
}
