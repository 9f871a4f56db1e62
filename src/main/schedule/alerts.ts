/**
 * Alerts on change: a key that stops working, or works again, gets one desktop notification naming it
 * and the diagnosis; an unchanged state (failing again, OK again) gets none. No key material, ever.
 */
import type { KeySummary } from '../../shared/keys';
import type { Outcome, TestResult } from '../../shared/test-result';
import type { Notice } from '../ports';
import { noticeForKey } from '../tray/tray-actions';

export function alertForChange(key: KeySummary, previous: Outcome | undefined, result: TestResult): Notice | null {
  if (previous === undefined) return null; // a first result is not a change
  const wasWorking = previous === 'ok';
  const isWorking = result.outcome === 'ok';
  if (wasWorking === isWorking) return null;
  const notice = noticeForKey({ ...key, status: result.outcome, lastTest: result });
  return isWorking
    ? { ...notice, title: `${notice.title} again` }
    : { ...notice, title: `${notice.title} (was working)` };
}
