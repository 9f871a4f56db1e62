/**
 * Window-only state that several components share and main never sees: whether the add sheet is open,
 * a request to focus the search box or a row (keyboard shortcuts, after an add or a delete), and the
 * cost note hidden for this session. Nothing here is persisted: the note comes back at the next start.
 */
import { create } from 'zustand';

interface UiState {
  adding: boolean;
  openAdd(): void;
  closeAdd(): void;
  /** Set by Ctrl/Cmd+F and "/": the search box takes focus (now, or as soon as it is shown) and clears it. */
  searchRequest: boolean;
  focusSearch(): void;
  searchFocused(): void;
  /** A row to focus once it is in the list (a key just added, the neighbour of a key just deleted). */
  focusRowId: string | null;
  focusRow(id: string | null): void;
  costNoteHidden: boolean;
  hideCostNote(): void;
}

export const useUi = create<UiState>((set) => ({
  adding: false,
  openAdd: () => set({ adding: true }),
  closeAdd: () => set({ adding: false }),
  searchRequest: false,
  focusSearch: () => set({ searchRequest: true }),
  searchFocused: () => set({ searchRequest: false }),
  focusRowId: null,
  focusRow: (id) => set({ focusRowId: id }),
  costNoteHidden: false,
  hideCostNote: () => set({ costNoteHidden: true }),
}));
