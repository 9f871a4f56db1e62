/**
 * User settings on a conf-style store (electron-store in the app). A damaged or missing value falls
 * back to the default for that setting only; an update is validated before anything is written.
 */
import { type Settings, type SettingsPatch, defaultSettings, settingsSchema } from '../shared/settings';
import type { KeyValueStore } from './vault/repository';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** The same, synchronously: for decisions Electron needs at once (e.g. in a `close` handler). */
  current(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
}

export function createSettingsStore(store: KeyValueStore): SettingsStore {
  const read = (): Settings => {
    const raw = store.get('settings');
    const merged = { ...defaultSettings, ...(typeof raw === 'object' && raw !== null ? raw : {}) };
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : defaultSettings;
  };
  return {
    get: async () => read(),
    current: read,
    async update(patch) {
      const next = settingsSchema.parse({ ...read(), ...patch });
      store.set('settings', next);
      return next;
    },
  };
}

export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let values: Settings = { ...defaultSettings, ...initial };
  return {
    get: async () => values,
    current: () => values,
    async update(patch) {
      values = settingsSchema.parse({ ...values, ...patch });
      return values;
    },
  };
}
