import { describe, expect, it, vi } from 'vitest';
import { TICK_MS, createScheduler } from '../../../../src/main/schedule/scheduler';
import { fakeClock } from '../../../support/fake-clock';

const HOUR = 3_600_000;

function setup(hours = 6, last: number | null = null) {
  const time = fakeClock();
  let lastRun = last;
  let finish: () => void = () => {};
  const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  const scheduler = createScheduler({
    clock: time.clock,
    intervalHours: () => hours,
    lastRun: () => lastRun,
    setLastRun: (at) => {
      lastRun = at;
    },
    run,
  });
  return { time, run, scheduler, finish: () => finish(), setHours: (h: number) => (hours = h), lastRun: () => lastRun };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scheduled checks', () => {
  it('runs every N hours, counting from the first start', async () => {
    const { time, run, scheduler, finish } = setup(6);
    scheduler.start();
    expect(run).not.toHaveBeenCalled();
    time.advance(6 * HOUR - TICK_MS);
    expect(run).not.toHaveBeenCalled();
    time.advance(TICK_MS);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    time.advance(6 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs once on wake after a long sleep, not once per missed interval', async () => {
    const { time, run, scheduler, finish } = setup(1);
    scheduler.start();
    time.jump(30 * HOUR); // asleep: no ticks
    scheduler.tick(); // powerMonitor 'resume'
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    time.advance(59 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never starts a run while one is going', async () => {
    const { time, run, scheduler, finish } = setup(1);
    scheduler.start();
    time.advance(HOUR);
    expect(scheduler.isRunning()).toBe(true);
    time.advance(5 * HOUR); // the check hangs for hours
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(scheduler.isRunning()).toBe(false);
    time.advance(TICK_MS);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('a clock that jumps backwards moves the baseline instead of causing a burst', async () => {
    const { time, run, scheduler, lastRun } = setup(1);
    scheduler.start();
    time.jump(-48 * HOUR);
    time.advance(10 * TICK_MS);
    expect(run).not.toHaveBeenCalled();
    const baseline = lastRun()!;
    expect(baseline).toBe(time.clock.now() - 9 * TICK_MS); // reset at the first tick after the jump
    time.advance(HOUR);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('remembers the last run across restarts', () => {
    const time = fakeClock();
    const run = vi.fn(async () => undefined);
    const scheduler = createScheduler({
      clock: time.clock,
      intervalHours: () => 24,
      lastRun: () => time.clock.now() - 25 * HOUR,
      setLastRun: () => {},
      run,
    });
    scheduler.start();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing when turned off, and picks up a new interval at the next tick', () => {
    const { time, run, scheduler, setHours } = setup(0);
    scheduler.start();
    time.advance(48 * HOUR);
    expect(run).not.toHaveBeenCalled();
    setHours(1);
    time.advance(TICK_MS); // sets the baseline
    time.advance(HOUR);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops ticking when stopped', () => {
    const { time, scheduler } = setup(1);
    scheduler.start();
    expect(time.tickers.size).toBe(1);
    scheduler.stop();
    expect(time.tickers.size).toBe(0);
  });
});
