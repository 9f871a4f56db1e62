/** The window's store and the tray fold key events into their list with this one function. */
import { describe, expect, it } from 'vitest';
import { applyKeyEvent, isKeyEvent } from '../../../src/shared/key-list';
import { HISTORY_SHOWN } from '../../../src/shared/test-result';
import { summary } from '../../support/key-summaries';

describe('applyKeyEvent', () => {
  const a = summary('A', 'ok');
  const b = summary('B', 'not_tested');
  const c = summary('C', 'timeout');

  it('keys:changed replaces the list', () => {
    expect(applyKeyEvent([a, b], 'keys:changed', { keys: [c] })).toEqual([c]);
  });

  it('keys:updated replaces the keys it carries in place, adds new ones last, and keeps the others as they were', () => {
    const b2 = { ...b, status: 'ok' as const };
    const next = applyKeyEvent([a, b], 'keys:updated', { keys: [c, b2] });
    expect(next).toEqual([a, b2, c]);
    expect(next[0]).toBe(a); // an unchanged row keeps its object (React does not draw it again)
  });

  it('keys:tested replaces the keys it carries and adds their new result to the history they hold, up to what the table shows', () => {
    const entry = (n: number) => ({
      outcome: 'ok' as const,
      latencyMs: n,
      testedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    });
    const held = { ...a, history: Array.from({ length: HISTORY_SHOWN }, (_, n) => entry(n)) };
    const result = { ...entry(HISTORY_SHOWN), message: 'Works', hint: '', model: '' };
    const { history: _history, ...rest } = held;
    const next = applyKeyEvent([held, b], 'keys:tested', { keys: [{ ...rest, status: 'ok', lastTest: result }] });
    expect(next[0]?.history).toEqual([...held.history.slice(1), entry(HISTORY_SHOWN)]);
    expect(next[1]).toBe(b);
    // The same event again (or after a list that already held the result) adds nothing.
    expect(
      applyKeyEvent(next, 'keys:tested', { keys: [{ ...rest, status: 'ok', lastTest: result }] })[0]?.history,
    ).toEqual(next[0]?.history);
  });

  it('keys:tested adds a new result even when its time is earlier than the last one held (a clock set back)', () => {
    const later = { outcome: 'ok' as const, latencyMs: 300, testedAt: '2026-11-30T12:00:00.000Z' };
    const held = { ...a, history: [later] };
    const { history: _history, ...rest } = held;
    const earlier = { outcome: 'ok' as const, latencyMs: 250, testedAt: '2026-11-30T11:59:00.000Z' };
    const next = applyKeyEvent([held], 'keys:tested', {
      keys: [{ ...rest, lastTest: { ...earlier, message: 'Works', hint: '', model: '' } }],
    });
    expect(next[0]?.history).toEqual([later, earlier]);
  });

  it('keys:removed drops the keys, ignoring ids it does not know', () => {
    expect(applyKeyEvent([a, b, c], 'keys:removed', { ids: [b.id, 'gone'] })).toEqual([a, c]);
  });

  it('keys:testing sets the flag on those keys only', () => {
    const next = applyKeyEvent([a, b], 'keys:testing', { ids: [b.id], testing: true });
    expect(next.map((k) => k.testing)).toEqual([false, true]);
    expect(next[0]).toBe(a);
    expect(applyKeyEvent(next, 'keys:testing', { ids: [b.id], testing: false })[1]).toEqual(b);
  });

  it('tells key events from the others', () => {
    expect(
      ['keys:changed', 'keys:updated', 'keys:tested', 'keys:removed', 'keys:testing'].every((e) =>
        isKeyEvent(e as never),
      ),
    ).toBe(true);
    expect(isKeyEvent('keys:focus')).toBe(false);
    expect(isKeyEvent('tests:progress')).toBe(false);
  });
});
