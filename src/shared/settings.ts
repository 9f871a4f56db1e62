/**
 * User settings and the schema main validates every change with. The renderer imports only the types
 * (it ships no zod) and shows main's answer, field by field.
 */
import { z } from 'zod';
import { checkEveryHoursMessage, checkEveryHoursOptions } from './schedule';

export const settingsSchema = z.object({
  /** How long a key test may take before it is reported as a timeout. */
  testTimeoutMs: z.number().int().min(1000).max(60_000),
  /** Test a key right after it is added (the help page's first tip). */
  testAfterAdd: z.boolean(),
  /** Closing the window keeps the app running in the tray. */
  keepInTray: z.boolean(),
  /** The "still running in the tray" notice was shown once already. */
  trayNoticeShown: z.boolean(),
  /** Linux without a keyring: the user chose to write keys with the weak obfuscation anyway. */
  allowWeakStorage: z.boolean(),
  /** Scheduled health checks: test all keys every N hours while the app runs; 0 is off. */
  checkEveryHours: z.literal(checkEveryHoursOptions, { error: checkEveryHoursMessage }),
  /** Remind to rotate keys older than this many days (0: no reminder). */
  rotateAfterDays: z.number({ error: 'Give a number of days.' }).int().min(0).max(3650),
  /** Seconds until a copied key is taken off the clipboard (only if it is still there); 0 is off. */
  clipboardClearSeconds: z.number({ error: 'Give a number of seconds.' }).int().min(0).max(600),
  /** When the last scheduled check started (ms since the epoch); main's own bookkeeping. */
  lastScheduledCheckAt: z.number().int().nonnegative().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  testTimeoutMs: 15_000,
  testAfterAdd: true,
  keepInTray: true,
  trayNoticeShown: false,
  allowWeakStorage: false,
  checkEveryHours: 24,
  rotateAfterDays: 90,
  clipboardClearSeconds: 30,
  lastScheduledCheckAt: null,
};

/** What the renderer may change: the weak-storage opt-in has its own channel (it moves keys), and the
 * tray notice flag is main's own bookkeeping. */
export const settingsPatchSchema = settingsSchema
  .omit({ allowWeakStorage: true, trayNoticeShown: true, lastScheduledCheckAt: true })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
