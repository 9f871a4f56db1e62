/** The user settings as main last answered them; main validates every change. */
import { create } from 'zustand';
import type { Api } from '../../../shared/ipc/api-shape';
import type { Result } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings';
import { api } from '../lib/ipc';
import { call } from './call';

export type SettingsPatch = Parameters<Api['settings']['update']>[0];

interface SettingsState {
  /** null until main has answered once. */
  settings: Settings | null;
  load(): Promise<Result<Settings>>;
  /**
   * Shows the change at once, then main's answer replaces it; after a refusal the settings are read
   * again, so what is shown is what main kept.
   */
  update(patch: SettingsPatch): Promise<Result<Settings>>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  async load() {
    const result = await call(() => api.settings.get());
    if (result.ok) set({ settings: result.value });
    return result;
  },
  async update(patch) {
    const shown = get().settings;
    if (shown) set({ settings: { ...shown, ...patch } });
    const result = await call(() => api.settings.update(patch));
    if (result.ok) set({ settings: result.value });
    else await get().load();
    return result;
  },
}));
