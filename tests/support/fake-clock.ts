/** A clock a test moves by hand: `advance` ticks like a running app, `jump` moves time without ticks. */
import { type Clock, TICK_MS } from '../../src/main/schedule/scheduler';

export function fakeClock(start = Date.UTC(2026, 10, 26, 9, 0)) {
  let now = start;
  const tickers = new Set<() => void>();
  const clock: Clock = {
    now: () => now,
    every: (_ms, tick) => {
      tickers.add(tick);
      return () => tickers.delete(tick);
    },
  };
  return {
    clock,
    advance(ms: number) {
      for (let left = ms; left > 0; left -= TICK_MS) {
        now += Math.min(TICK_MS, left);
        for (const tick of tickers) tick();
      }
    },
    /** The computer slept (no ticks), or the clock was set back (negative). */
    jump(ms: number) {
      now += ms;
    },
    tickers,
  };
}
export type FakeClock = ReturnType<typeof fakeClock>;
