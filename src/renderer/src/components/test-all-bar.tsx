/** "Test all" with live progress and Cancel; progress is pushed by main as tests:progress. */
import { useKeys } from '../store/keys-store';
import { useToasts } from '../store/toast-store';

export function TestAllBar({ count }: { count: number }) {
  const { progress, testAll, cancelTests } = useKeys();
  const toast = useToasts((s) => s.show);
  const running = progress?.running ?? false;

  async function start() {
    const result = await testAll();
    if (!result.ok) toast('error', result.error.message);
  }

  return (
    <div className="test-all">
      {running ? (
        <>
          <progress max={progress?.total} value={progress?.done} aria-label="Testing keys" />
          <span role="status">
            Testing {progress?.done} of {progress?.total}…
          </span>
          <button type="button" className="button" onClick={() => void cancelTests()}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button-primary" onClick={start} disabled={count === 0}>
            Test all
          </button>
          {progress && progress.total > 0 && (
            <span role="status">
              {progress.cancelled
                ? `Cancelled after ${progress.done} of ${progress.total}.`
                : `Tested ${progress.done} of ${progress.total}.`}
            </span>
          )}
        </>
      )}
    </div>
  );
}
