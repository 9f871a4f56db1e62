/** Which Settings Center page is shown; main can ask for API Key Management (a notification was clicked). */
import { create } from 'zustand';

export type PageId = 'api-keys' | 'trash' | 'import' | 'audit' | 'preferences' | 'security';

export const useNav = create<{ page: PageId; go(page: PageId): void }>((set) => ({
  page: 'api-keys',
  go: (page) => set({ page }),
}));
