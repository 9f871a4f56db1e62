/**
 * "Show this key" after a notification is clicked. A window that is already open gets an event; a
 * window that opens because of the click asks once, when it loads (app:pending-focus), so the request
 * is answered once and cannot fire again later.
 */
export function createFocusRequests(emit: (id: string) => void) {
  let pending: string | null = null;
  return {
    request(id: string, windowIsNew: boolean): void {
      if (windowIsNew) pending = id;
      else emit(id);
    },
    /** The key a new window should show, answered once. */
    take(): string | null {
      const id = pending;
      pending = null;
      return id;
    },
  };
}

export type FocusRequests = ReturnType<typeof createFocusRequests>;
