/**
 * A key's recent results at a glance: one mark per test (✓ works, ✗ does not — shape, not only
 * colour), newest on the right, and how long the current state has lasted.
 */
import { currentStreak } from '../../../shared/history';
import type { HistoryEntry } from '../../../shared/test-result';
import { duration, formatDate, formatTime } from '../lib/format';

const SHOWN = 20;

export function streakText(history: readonly HistoryEntry[], now: number): string | null {
  const streak = currentStreak(history);
  if (!streak || streak.count < 2) return null;
  const since = new Date(streak.since).getTime();
  if (streak.working) return `OK for ${duration(now - since)}`;
  const sameDay = new Date(since).toDateString() === new Date(now).toDateString();
  return `failing since ${sameDay ? formatTime(streak.since) : formatDate(streak.since)}`;
}

export function HistoryStrip({ history, now }: { history: readonly HistoryEntry[]; now: number }) {
  // One mark says no more than the status badge beside it.
  if (history.length < 2) return null;
  const recent = history.slice(-SHOWN);
  const ok = recent.filter((h) => h.outcome === 'ok').length;
  const streak = streakText(history, now);
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
            className={h.outcome === 'ok' ? 'mark mark-ok' : 'mark mark-bad'}
            title={`${formatDate(h.testedAt)}: ${h.outcome}`}
          >
            {h.outcome === 'ok' ? '✓' : '✗'}
          </span>
        ))}
      </span>
      {streak && <span className="streak">{streak}</span>}
    </div>
  );
}
