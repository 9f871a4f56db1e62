/**
 * "Test all" with live progress and Cancel (pushed by main as tests:progress), then one line that says
 * how it went — "4 OK · 2 need attention — show them" — and hides itself after a while: a result line
 * that stays forever stops being read.
 */
import { useEffect, useState } from 'react';
import type { KeySummary } from '../../../shared/keys';
import type { TestProgress } from '../../../shared/test-result';
import { health, needsAttention } from '../lib/key-health';
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';

const RESULT_MS = 20_000;

function summary(progress: TestProgress, keys: readonly KeySummary[]): { text: string; attention: number } {
  if (progress.cancelled) return { text: `Cancelled after ${progress.done} of ${progress.total}.`, attention: 0 };
  const ok = keys.filter((k) => health(k).tone === 'ok').length;
  const attention = keys.filter(needsAttention).length;
  const tested = `Tested ${progress.total} ${progress.total === 1 ? 'key' : 'keys'}`;
  if (attention === 0) return { text: `${tested}: ${ok} OK.`, attention };
  return { text: `${tested}: ${ok} OK · ${attention} ${attention === 1 ? 'needs' : 'need'} attention`, attention };
}

export function TestAllBar({ keys, onShowAttention }: { keys: readonly KeySummary[]; onShowAttention(): void }) {
  const { progress, testAll, cancelTests } = useKeys();
  const toast = useToasts((s) => s.show);
  const running = progress?.running ?? false;
  /** The finished run whose line was hidden (by time or by the user); a new run shows its own. */
  const [hidden, setHidden] = useState<TestProgress | null>(null);

  useEffect(() => {
    if (!progress || progress.running) return;
    const timer = setTimeout(() => setHidden(progress), RESULT_MS);
    return () => clearTimeout(timer);
  }, [progress]);

  async function start() {
    const result = await testAll();
    if (!result.ok) toast('error', result.error.message);
  }

  if (running && progress) {
    return (
      <div className="test-all">
        <progress max={progress.total} value={progress.done} aria-label="Testing keys" />
        <span role="status">
          Testing {progress.done} of {progress.total}…
        </span>
        <button type="button" className="button" onClick={() => void cancelTests()}>
          Cancel
        </button>
      </div>
    );
  }
  const line = progress && progress.total > 0 && hidden !== progress ? summary(progress, keys) : null;
  return (
    <div className="test-all">
      <span role="status" className="test-all-result">
        {line?.text}
        {line && line.attention > 0 && (
          <>
            {' — '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setHidden(progress);
                onShowAttention();
              }}
            >
              show them
            </button>
          </>
        )}
      </span>
      <button type="button" className="button button-primary" onClick={start} disabled={keys.length === 0}>
        Test all
      </button>
    </div>
  );
}
