/**
 * Import keys from environment variables or a .env file. Main reads them and shows only masked
 * candidates here; the user names the ones to keep. Values never reach this window.
 */
import { useState } from 'react';
import type { ImportCandidate } from '../../../shared/ipc/contract';
import { envVariables, providers } from '../../../shared/provider-catalog';
import { KeyFormatWarning } from '../components/key-format-warning';
import { useImport } from '../store/import-store';
import { useNav } from '../store/nav-store';
import { useToasts } from '../store/toast-store';

interface Choice {
  chosen: boolean;
  name: string;
}

export function ImportPage() {
  const toast = useToasts((s) => s.show);
  const go = useNav((s) => s.go);
  const { scanEnvironment: scan, openFile: pickFile, commit } = useImport();
  const [candidates, setCandidates] = useState<ImportCandidate[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function show(found: ImportCandidate[], from: string) {
    setCandidates(found);
    setErrors({});
    setChoices(
      Object.fromEntries(
        found.map((c) => [
          c.token,
          {
            chosen: true,
            name: `${providers[c.provider].shortLabel}-${c.variable === 'GOOGLE_API_KEY' ? 'Google' : 'Imported'}`,
          },
        ]),
      ),
    );
    setMessage(found.length === 0 ? `No API keys found in ${from}.` : null);
  }

  async function scanEnvironment() {
    const result = await scan();
    if (result.ok) show(result.value, 'the environment variables');
    else setMessage(result.error.message);
  }

  async function openFile() {
    const result = await pickFile();
    if (!result.ok) {
      setCandidates(null);
      return setMessage(result.error.message);
    }
    if (result.value.file) show(result.value.candidates, result.value.file);
  }

  async function importChosen() {
    const items = (candidates ?? [])
      .filter((c) => choices[c.token]?.chosen)
      .map((c) => ({
        token: c.token,
        name: choices[c.token]?.name ?? '',
        // Any model until the first test offers the key's own list.
        model: '',
      }));
    if (items.length === 0) return setMessage('Choose at least one key to import.');
    const result = await commit(items);
    if (!result.ok) return setMessage(result.error.message);
    const { imported, failed } = result.value;
    setErrors(Object.fromEntries(failed.map((f) => [f.token, f.message])));
    setCandidates((candidates ?? []).filter((c) => failed.some((f) => f.token === c.token)));
    if (imported.length > 0)
      toast('success', `Imported ${imported.map((k) => `"${k.name}"`).join(', ')}; testing them now.`);
    if (failed.length === 0) go('api-keys');
  }

  return (
    <>
      <header className="page-header">
        <h1>Import keys</h1>
        <p>Find keys in environment variables or a .env file ({envVariables.map(([name]) => name).join(', ')}).</p>
      </header>
      <section className="card" aria-label="Where to look">
        <p className="button-row">
          <button type="button" className="button" onClick={scanEnvironment}>
            Look in environment variables
          </button>
          <button type="button" className="button" onClick={openFile}>
            Open a .env file…
          </button>
        </p>
        {message && (
          <p className="notice notice-warning" role="status">
            {message}
          </p>
        )}
      </section>
      {candidates && candidates.length > 0 && (
        <section className="card" aria-labelledby="candidates-title">
          <h2 id="candidates-title">Keys found</h2>
          <ul className="candidates">
            {candidates.map((c) => (
              <li key={c.token}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={choices[c.token]?.chosen ?? false}
                    onChange={(e) =>
                      setChoices({
                        ...choices,
                        [c.token]: { name: choices[c.token]?.name ?? '', chosen: e.target.checked },
                      })
                    }
                  />
                  <code>{c.variable}</code> from {c.source}: {providers[c.provider].label}, <code>{c.hint}</code>
                </label>
                <label className="inline-form">
                  <span>Name</span>
                  <input
                    value={choices[c.token]?.name ?? ''}
                    onChange={(e) => setChoices({ ...choices, [c.token]: { chosen: true, name: e.target.value } })}
                  />
                </label>
                {/* Main compared the value with the variable's provider; the value itself never comes here. */}
                <KeyFormatWarning looksLike={c.looksLike} />
                {errors[c.token] && <p className="field-error">{errors[c.token]}</p>}
              </li>
            ))}
          </ul>
          <button type="button" className="button button-primary" onClick={importChosen}>
            Import selected
          </button>
        </section>
      )}
    </>
  );
}
