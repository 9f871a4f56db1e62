/**
 * User settings on a key/value file store (storage/json-file-store.ts). A damaged or missing value falls
 * back to the default for that setting only; an update is validated before anything is written.
 */
import { type Settings, type SettingsPatch, defaultSettings, settingsSchema } from '../shared/settings';
import { join } from 'node:path';
import { type KeyValueStore, type OpenStoreFile, openFileStore } from './storage/json-file-store';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** The same, synchronously: for decisions Electron needs at once (e.g. in a `close` handler). */
  current(): Settings;
  /** What the renderer may change (validated by the contract's patch schema). */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Main-only: any setting, including internal ones. */
  set(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsStore(store: KeyValueStore): SettingsStore {
  /**
   * The settings as last read or written. This store is the file's only writer, and every key summary
   * asks for a setting: parsing the file's value once per summary was a schema check per key listed.
   */
  let known: Settings | undefined;
  const read = (): Settings => {
    if (known) return known;
    let raw: unknown;
    try {
      raw = store.get('settings');
    } catch {
      // A file that cannot be read right now: defaults, not kept (writes are refused by the store).
      return defaultSettings;
    }
    const merged = { ...defaultSettings, ...(typeof raw === 'object' && raw !== null ? raw : {}) };
    const parsed = settingsSchema.safeParse(merged);
    known = parsed.success ? parsed.data : defaultSettings;
    return known;
  };
  async function set(patch: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...read(), ...patch });
    store.set('settings', next);
    known = next;
    return next;
  }
  return { get: async () => read(), current: read, update: set, set };
}

export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let values: Settings = { ...defaultSettings, ...initial };
  async function set(patch: Partial<Settings>): Promise<Settings> {
    values = settingsSchema.parse({ ...values, ...patch });
    return values;
  }
  return { get: async () => values, current: () => values, update: set, set };
}

/** Settings live in their own file so a damaged settings file can never take the keys with it. */
export function createFileSettingsStore(dir: string, openFile: OpenStoreFile): SettingsStore {
  // Settings can be rebuilt from defaults; a damaged file is still set aside, never overwritten.
  return createSettingsStore(
    openFileStore(join(dir, 'settings.json'), {
      label: 'settings file',
      open: () => openFile({ cwd: dir, name: 'settings' }),
    }),
  );
}
