/** Which Settings Center page is shown; main can ask for API Key Management (a notification was clicked). */
import { create } from 'zustand';

/** The sidebar, in order: the one list of page ids (app.tsx maps each to its component). */
export const pages = [
  { id: 'api-keys', label: 'API Key Management' },
  { id: 'trash', label: 'Recently deleted' },
  { id: 'import', label: 'Import' },
  { id: 'audit', label: 'Audit log' },
  { id: 'preferences', label: 'Preferences' },
  { id: 'security', label: 'Security' },
  { id: 'help', label: 'Help' },
] as const;
export type PageId = (typeof pages)[number]['id'];

export const useNav = create<{ page: PageId; go(page: PageId): void }>((set) => ({
  page: 'api-keys',
  go: (page) => set({ page }),
}));
