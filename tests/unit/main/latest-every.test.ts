/** What only shows the latest state is told the first at once, then at most once per interval, ending on the latest. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestEvery } from '../../../src/main/latest-every';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(everyMs = 100) {
  const seen: number[] = [];
  const throttle = latestEvery<number>(
    everyMs,
    (n) => seen.push(n),
    () => Date.now(),
  );
  return { seen, throttle };
}

describe('latestEvery', () => {
  it('runs the first value at once and coalesces the rest to one per interval, ending on the latest', () => {
    const { seen, throttle } = setup();
    for (let n = 1; n <= 1000; n++) {
      throttle.push(n);
      vi.advanceTimersByTime(1); // a thousand states over a second
    }
    vi.advanceTimersByTime(100);
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(1000);
    expect(seen.length).toBeLessThanOrEqual(12);
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // in order, never an older one after a newer one
  });

  it('flush runs the waiting value now, once', () => {
    const { seen, throttle } = setup();
    throttle.push(1);
    throttle.push(2);
    throttle.flush();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1, 2]);
    throttle.flush(); // nothing waiting
    expect(seen).toEqual([1, 2]);
  });

  it('stop drops what waits and what comes later', () => {
    const { seen, throttle } = setup();
    throttle.push(1);
    throttle.push(2);
    throttle.stop();
    throttle.push(3);
    throttle.flush();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1]);
  });
});
