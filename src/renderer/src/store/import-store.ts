/**
 * Importing keys: main reads environment variables or a .env file and answers masked candidates, each
 * with a token; committing sends the tokens back with names. The candidates are the page's own state:
 * they are short-lived (main forgets the tokens), so nothing here outlives the page.
 */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import { api } from '../lib/ipc';
import { call } from './call';

export type ImportItem = Parameters<Api['import']['commit']>[0]['items'][number];

interface ImportState {
  scanEnvironment(): ReturnType<Api['import']['scanEnvironment']>;
  /** Main opens the file dialog; `file` is null if the user cancelled. */
  openFile(): ReturnType<Api['import']['openFile']>;
  /** Imported keys arrive in the key list by the keys:changed push, like added ones. */
  commit(items: ImportItem[]): ReturnType<Api['import']['commit']>;
}

export const useImport = create<ImportState>(() => ({
  scanEnvironment: () => call(() => api.import.scanEnvironment()),
  openFile: () => call(() => api.import.openFile()),
  commit: (items) => call(() => api.import.commit({ items })),
}));
