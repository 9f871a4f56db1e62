/**
 * Confirmations that main asks for itself, in a native dialog the renderer cannot draw, click or
 * dismiss: an action that weakens storage or destroys a key must not be decided by the window alone
 * (a compromised renderer could skip its own React confirmation and call the channel directly).
 */
export interface ConfirmRequest {
  title: string;
  message: string;
  detail: string;
  /** The button that says yes (the other one cancels and is the default). */
  confirmLabel: string;
}

/** Answers true only if the user chose `confirmLabel`. */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

/**
 * One dialog at a time: a request while one is open is answered "no" at once, so a renderer cannot
 * stack dialogs until the user clicks through one by mistake. A failing dialog also counts as "no".
 */
export function oneAtATime(confirm: Confirm): Confirm {
  let open = false;
  return async (request) => {
    if (open) return false;
    open = true;
    try {
      return await confirm(request);
    } catch {
      return false;
    } finally {
      open = false;
    }
  };
}
