/**
 * A key's recent results at a glance: one mark per test (✓ works, ✗ does not — shape, not only
 * colour), newest on the right, and how long the current state has lasted.
 */
import type { Streak } from '../../../shared/history';
import { works } from '../../../shared/status';
import type { HistoryEntry } from '../../../shared/test-result';
import { duration, formatDate, formatTime } from '../lib/format';

/** The streak comes with the key (main computes it over the whole history; the key carries the recent part). */
export function streakText(streak: Streak | null, now: number): string | null {
  if (!streak || streak.count < 2) return null;
  const since = new Date(streak.since).getTime();
  if (streak.working) return `OK for ${duration(now - since)}`;
  const sameDay = new Date(since).toDateString() === new Date(now).toDateString();
  return `failing since ${sameDay ? formatTime(streak.since) : formatDate(streak.since)}`;
}

export function HistoryStrip({
  history,
  streak: run,
  now,
}: {
  history: readonly HistoryEntry[];
  streak: Streak | null;
  now: number;
}) {
  // One mark says no more than the status badge beside it.
  if (history.length < 2) return null;
  // The key carries as many results as the strip shows (HISTORY_SHOWN), and the streak over all of them.
  const recent = history;
  const ok = recent.filter((h) => works(h.outcome)).length;
  const streak = streakText(run, now);
  return (
    <div className="history">
      <span
        className="history-strip"
        role="img"
        aria-label={`Last ${recent.length} tests: ${ok} OK, ${recent.length - ok} failing`}
      >
        {recent.map((h) => (
          <span
            key={h.testedAt}
            className={works(h.outcome) ? 'mark mark-ok' : 'mark mark-bad'}
            title={`${formatDate(h.testedAt)}: ${h.outcome}`}
          >
            {works(h.outcome) ? '✓' : '✗'}
          </span>
        ))}
      </span>
      {streak && <span className="streak">{streak}</span>}
    </div>
  );
}
