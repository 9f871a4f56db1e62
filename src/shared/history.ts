/** Reading a key's history: trimming it, and how long it has been working or failing. */
import { HISTORY_MAX } from './history-limits';
import { works } from './status';
import type { HistoryEntry, TestResult } from './test-result';

/** The history with `result` as its newest line, trimmed to the last `max`. */
export function appendHistory(
  history: readonly HistoryEntry[] | undefined,
  result: Pick<TestResult, 'outcome' | 'latencyMs' | 'testedAt'>,
  max = HISTORY_MAX,
): HistoryEntry[] {
  const entry = { outcome: result.outcome, latencyMs: result.latencyMs, testedAt: result.testedAt };
  return [...(history ?? []), entry].slice(-max);
}

export interface Streak {
  working: boolean;
  /** When the current run of working (or failing) results began. */
  since: string;
  count: number;
}

/** "OK since …" / "failing since …": the latest run of results that agree on working or not. */
export function currentStreak(history: readonly HistoryEntry[]): Streak | null {
  const last = history.at(-1);
  if (!last) return null;
  const working = works(last.outcome);
  let since = last.testedAt;
  let count = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (!entry || works(entry.outcome) !== working) break;
    since = entry.testedAt;
    count += 1;
  }
  return { working, since, count };
}
