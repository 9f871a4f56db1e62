/**
 * For what only shows the latest state (a progress bar, the tray menu): `push` hands over each new state,
 * `run` gets the first at once and then at most one per `everyMs`, always ending on the latest. A test-all
 * of 1,000 keys makes 1,000 progress states in two seconds; the window and the tray need a handful.
 */
export interface LatestEvery<T> {
  push(value: T): void;
  /** Runs with the latest pushed value now, if one is waiting (a final state that must not wait). */
  flush(): void;
  /** Drops what is waiting and whatever is pushed later (stopping: a tray destroyed is not drawn again). */
  stop(): void;
}

export function latestEvery<T>(
  everyMs: number,
  run: (value: T) => void,
  now = () => performance.now(),
): LatestEvery<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  let stopped = false;

  function fire(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!waiting) return;
    const { value } = waiting;
    waiting = undefined;
    last = now();
    run(value);
  }

  return {
    push(value) {
      if (stopped) return;
      waiting = { value };
      if (timer) return; // the run already scheduled will carry this value
      const wait = last + everyMs - now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    flush: fire,
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
    },
  };
}
