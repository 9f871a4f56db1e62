/** Toasts for success and failure; each disappears on its own after a few seconds. */
import { create } from 'zustand';

export type ToastKind = 'success' | 'error';
export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

interface ToastState {
  toasts: Toast[];
  show(kind: ToastKind, text: string): void;
  dismiss(id: number): void;
}

const TOAST_MS = 6000;
/** More would cover the table; the oldest goes first. */
const MAX_TOASTS = 3;
let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(kind, text) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text }].slice(-MAX_TOASTS) });
    setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));
