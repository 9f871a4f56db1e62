/**
 * Renderer state for stored keys and their tests. It holds only what main sends back (metadata,
 * masked hints, test results); a secret typed into the add or rotate form is passed straight to main
 * and never kept here.
 */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import type { AddKeyInput, KeyDetails, KeySummary } from '../../../shared/keys';
import { applyKeyEvent } from '../../../shared/key-list';
import type { Result } from '../../../shared/ipc/result';
import type { TestProgress } from '../../../shared/test-result';
import { api } from '../lib/ipc';
import { call } from './call';
import { useNav } from './nav-store';
import { useTable } from './table-store';

interface KeysState {
  keys: KeySummary[];
  loaded: boolean;
  loadError: string | null;
  progress: TestProgress | null;
  /** A key to bring into view (a notification about it was clicked). */
  focusId: string | null;
  clearFocus(): void;
  /** Keys whose details are open. */
  expanded: Readonly<Record<string, boolean>>;
  toggleDetails(id: string): void;
  /** What open details show beyond the summary (models, whole history), by key; asked for on opening. */
  details: Readonly<Record<string, KeyDetails>>;
  loadDetails(id: string): Promise<void>;
  load(): Promise<void>;
  add(input: AddKeyInput): Promise<Result<KeySummary>>;
  remove(id: string): Promise<Result<{ id: string }>>;
  test(id: string): Promise<Result<KeySummary>>;
  testAll(): Promise<Result<TestProgress>>;
  cancelTests(): Promise<Result<{ cancelled: number }>>;
  setModel(id: string, model: string): Promise<Result<KeySummary>>;
  setSpendCheck(id: string, enabled: boolean): Promise<Result<KeySummary>>;
  rename(id: string, name: string): Promise<Result<KeySummary>>;
  /** The new secret is tested by main first; `override` replaces the old one even if the test failed. */
  rotate(id: string, secret: string, override: boolean): ReturnType<Api['keys']['rotate']>;
  copyHint(id: string): ReturnType<Api['keys']['copyHint']>;
  /** Main copies the key itself (the window never holds it) and answers when it clears. */
  copy(id: string, format: 'plain' | 'env'): ReturnType<Api['keys']['copy']>;
  /** Follows the key events and `tests:progress` pushed by main; returns the unsubscribe function. */
  follow(): () => void;
}

export const useKeys = create<KeysState>((set, get) => {
  /** Shows a key: its page, its details open, focus on it. */
  const focus = (id: string) => {
    useNav.getState().go('api-keys');
    useTable.getState().reveal(get().keys, id);
    set({ focusId: id, expanded: { ...get().expanded, [id]: true } });
  };
  /** Applies one key's fresh summary at once, without waiting for the keys:changed push. */
  const applyKey = (result: Result<KeySummary>) => {
    if (result.ok) set({ keys: get().keys.map((k) => (k.id === result.value.id ? result.value : k)) });
    return result;
  };
  return {
    keys: [],
    loaded: false,
    loadError: null,
    progress: null,
    focusId: null,
    clearFocus: () => set({ focusId: null }),
    expanded: {},
    toggleDetails: (id) => set({ expanded: { ...get().expanded, [id]: !get().expanded[id] } }),
    details: {},
    async loadDetails(id) {
      const result = await call(() => api.keys.details({ id }));
      // A key deleted meanwhile has no details; its row is gone with the keys:removed push.
      if (result.ok) set({ details: { ...get().details, [id]: result.value } });
    },
    async load() {
      const result = await call(() => api.keys.list());
      if (result.ok) set({ keys: result.value, loaded: true, loadError: null });
      else set({ loaded: true, loadError: result.error.message });
      const pending = await call(() => api.app.pendingFocus());
      if (pending.ok && pending.value.id) focus(pending.value.id);
    },
    add: (input) => call(() => api.keys.add(input)),
    remove: (id) => call(() => api.keys.remove({ id })),
    test: async (id) => applyKey(await call(() => api.keys.test({ id }))),
    // Progress comes only from tests:progress events: a reply can arrive after newer events.
    testAll: () => call(() => api.keys.testAll()),
    cancelTests: () => call(() => api.keys.cancelTests()),
    setModel: async (id, model) => applyKey(await call(() => api.keys.setModel({ id, model }))),
    setSpendCheck: async (id, enabled) => applyKey(await call(() => api.keys.setSpendCheck({ id, enabled }))),
    // Rename and rotate change the list through the keys:updated push, as add and remove do.
    rename: (id, name) => call(() => api.keys.rename({ id, name })),
    rotate: (id, secret, override) => call(() => api.keys.rotate({ id, secret, override })),
    copyHint: (id) => call(() => api.keys.copyHint({ id })),
    copy: (id, format) => call(() => api.keys.copy({ id, format })),
    follow() {
      // Main sends the keys that changed; merged here (shared/key-list.ts, as the tray does).
      const stopKeys = [
        api.keys.onChanged((payload) => set({ keys: payload.keys, loaded: true, loadError: null })),
        api.keys.onUpdated((payload) => set({ keys: applyKeyEvent(get().keys, 'keys:updated', payload) })),
        api.keys.onTested((payload) => set({ keys: applyKeyEvent(get().keys, 'keys:tested', payload) })),
        api.keys.onRemoved((payload) => set({ keys: applyKeyEvent(get().keys, 'keys:removed', payload) })),
        api.keys.onTesting((payload) => set({ keys: applyKeyEvent(get().keys, 'keys:testing', payload) })),
      ];
      const stopProgress = api.tests.onProgress((progress) => set({ progress }));
      const stopFocus = api.keys.onFocus(({ id }) => focus(id));
      return () => {
        for (const stop of stopKeys) stop();
        stopProgress();
        stopFocus();
      };
    },
  };
});
