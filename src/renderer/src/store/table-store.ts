/**
 * How the key table is viewed: search, filters, sort and page. Kept in a store (not component state)
 * so "show this key" from a notification can move the table to the page that holds it.
 */
import { create } from 'zustand';
import type { KeySummary } from '../../../shared/keys';
import { type KeyView, defaultView, visibleKeys } from '../lib/key-view';

/** Rows per page: a page of 50 paints fast even with 1,000 keys stored. */
export const PAGE_SIZE = 50;

interface TableState {
  view: KeyView;
  page: number;
  setView(view: KeyView): void;
  setPage(page: number): void;
  /** Shows the page that holds `id`, clearing search and filters if they hide it. */
  reveal(keys: readonly KeySummary[], id: string): void;
}

export const useTable = create<TableState>((set, get) => ({
  view: defaultView,
  page: 0,
  // A new search, filter or sort starts again from the first page.
  setView: (view) => set({ view, page: 0 }),
  setPage: (page) => set({ page }),
  reveal(keys, id) {
    let view = get().view;
    let index = visibleKeys(keys, view).findIndex((k) => k.id === id);
    if (index < 0) {
      view = { ...defaultView, sort: view.sort, descending: view.descending };
      index = visibleKeys(keys, view).findIndex((k) => k.id === id);
    }
    set({ view, page: Math.max(0, Math.floor(index / PAGE_SIZE)) });
  },
}));
