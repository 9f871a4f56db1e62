/**
 * Toasts: a success goes away on its own after a few seconds; an error stays until it is dismissed,
 * so it cannot vanish before it is read. A toast may carry one action (Undo after a delete).
 */
import { create } from 'zustand';

export type ToastKind = 'success' | 'error';
export interface ToastAction {
  label: string;
  run(): void;
}
export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  show(kind: ToastKind, text: string, action?: ToastAction): void;
  dismiss(id: number): void;
  /** The user moved to another page: what was said about the last one no longer applies there. */
  clearSuccesses(): void;
}

const TOAST_MS = 6000;
/** A toast with an action stays longer: Undo needs time to be read and reached. */
const ACTION_MS = 10_000;
/** More would cover the page; the oldest goes first. */
const MAX_TOASTS = 3;
let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(kind, text, action) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text, ...(action ? { action } : {}) }].slice(-MAX_TOASTS) });
    if (kind === 'success') setTimeout(() => get().dismiss(id), action ? ACTION_MS : TOAST_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  clearSuccesses() {
    set({ toasts: get().toasts.filter((t) => t.kind === 'error') });
  },
}));
