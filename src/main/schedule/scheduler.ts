/**
 * Scheduled health checks: "test all keys every N hours" while the app runs (window open or only in
 * the tray). Timers do not run while a laptop sleeps, so instead of one long timer the scheduler looks
 * at the wall clock every minute (and on wake): when the last run is older than the interval, it runs
 * once — however many intervals were missed. A clock that jumps backwards moves the baseline instead of
 * causing a burst of runs. Never more than one run at a time.
 */
export const TICK_MS = 60_000;
const HOUR_MS = 3_600_000;

export interface Clock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref?.();
    return () => clearInterval(timer);
  },
};

export interface SchedulerOptions {
  clock: Clock;
  /** Hours between checks; 0 is off. Read at every tick, so a settings change applies at once. */
  intervalHours: () => number;
  /** When the last scheduled check started (persisted across restarts), or null if never. */
  lastRun: () => number | null;
  setLastRun: (at: number) => void;
  /** Runs the check; resolves when it ends. */
  run: () => Promise<unknown>;
}

export function createScheduler(options: SchedulerOptions) {
  const { clock } = options;
  let running: Promise<unknown> | null = null;

  /** Decides whether a check is due now, and starts it if so. Safe to call at any time (e.g. on wake). */
  function tick(): boolean {
    const hours = options.intervalHours();
    if (hours <= 0 || running) return false;
    const now = clock.now();
    const last = options.lastRun();
    if (last === null || last > now) {
      // First start, or the clock went backwards: start counting from now instead of running at once.
      options.setLastRun(now);
      return false;
    }
    if (now - last < hours * HOUR_MS) return false;
    options.setLastRun(now);
    running = options.run().finally(() => {
      running = null;
    });
    running.catch(() => undefined);
    return true;
  }

  let stop: (() => void) | null = null;
  return {
    tick,
    start() {
      stop ??= clock.every(TICK_MS, tick);
      tick();
    },
    stop() {
      stop?.();
      stop = null;
    },
    isRunning: () => running !== null,
  };
}
