/** The window's store and the tray fold key events into their list with this one function. */
import { describe, expect, it } from 'vitest';
import { applyKeyEvent, isKeyEvent } from '../../../src/shared/key-list';
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
    expect(['keys:changed', 'keys:updated', 'keys:removed', 'keys:testing'].every((e) => isKeyEvent(e as never))).toBe(
      true,
    );
    expect(isKeyEvent('keys:focus')).toBe(false);
    expect(isKeyEvent('tests:progress')).toBe(false);
  });
});
