/** User settings, validated the same way in main (authority) and the renderer (form). */
import { z } from 'zod';

export const settingsSchema = z.object({
  /** How long a key test may take before it is reported as a timeout. */
  testTimeoutMs: z.number().int().min(1000).max(60_000),
  /** Test a key right after it is added (the help page's first tip). */
  testAfterAdd: z.boolean(),
  /** Closing the window keeps the app running in the tray. */
  keepInTray: z.boolean(),
  /** The "still running in the tray" notice was shown once already. */
  trayNoticeShown: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { testTimeoutMs: 15_000, testAfterAdd: true, keepInTray: true, trayNoticeShown: false };

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
