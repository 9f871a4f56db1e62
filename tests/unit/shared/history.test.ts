import { describe, expect, it } from 'vitest';
import { appendHistory, currentStreak } from '../../../src/shared/history';
import { HISTORY_MAX, type HistoryEntry, type Outcome, type TestResult } from '../../../src/shared/test-result';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute)).toISOString();
const entry = (outcome: Outcome, minute: number): HistoryEntry => ({ outcome, latencyMs: 100, testedAt: at(minute) });
const result = (outcome: Outcome, minute: number): TestResult => ({
  ...entry(outcome, minute),
  message: 'm',
  hint: 'h',
  model: '',
  models: ['a'],
  requestId: 'req_1',
});

describe('history', () => {
  it(`keeps the last ${HISTORY_MAX} results, oldest first, without details`, () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++) history = appendHistory(history, result(i % 7 ? 'ok' : 'timeout', i));
    expect(history).toHaveLength(HISTORY_MAX);
    expect(history[0]?.testedAt).toBe(at(10));
    expect(history.at(-1)?.testedAt).toBe(at(59));
    expect(Object.keys(history[0]!).sort()).toEqual(['latencyMs', 'outcome', 'testedAt']);
  });

  it('tells how long a key has been working or failing', () => {
    expect(currentStreak([])).toBeNull();
    expect(currentStreak([entry('ok', 0), entry('timeout', 5), entry('ok', 10), entry('ok', 20)])).toEqual({
      working: true,
      since: at(10),
      count: 2,
    });
    expect(currentStreak([entry('ok', 0), entry('invalid_key', 14), entry('rate_limited', 30)])).toEqual({
      working: false,
      since: at(14),
      count: 2,
    });
  });
});
