/** Provider pages: main opens them in the browser (allow-listed https URLs only); the window never navigates. */
import { create } from 'zustand';
import type { LinkTarget, ProviderId } from '../../../shared/provider-catalog';
import { api } from '../lib/ipc';
import { call } from './call';

interface LinksState {
  /** Answers whether the browser was opened. */
  open(provider: ProviderId, target: LinkTarget): Promise<boolean>;
}

export const useLinks = create<LinksState>(() => ({
  async open(provider, target) {
    const result = await call(() => api.app.openLink({ provider, target }));
    return result.ok && result.value.opened;
  },
}));
