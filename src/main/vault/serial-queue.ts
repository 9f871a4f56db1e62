/**
 * Runs async tasks one after another. Every vault mutation goes through one queue so two requests
 * (two windows, a tray click and a window click) can never interleave a read-modify-write of the store.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
