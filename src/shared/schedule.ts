/**
 * How often scheduled health checks may test all keys, in hours (0: off). One list, without zod: the
 * settings schema (main) and the Preferences select (renderer) are both built from it.
 */
export const checkEveryHoursOptions = [0, 1, 6, 24] as const;
export type CheckEveryHours = (typeof checkEveryHoursOptions)[number];

const [, ...hours] = checkEveryHoursOptions;
/** "Choose off, 1, 6 or 24 hours." */
export const checkEveryHoursMessage = `Choose off, ${hours.slice(0, -1).join(', ')} or ${hours.at(-1)} hours.`;

/** "Off", "Every hour", "Every 6 hours". */
export function checkEveryLabel(hours: CheckEveryHours): string {
  if (hours === 0) return 'Off';
  return hours === 1 ? 'Every hour' : `Every ${hours} hours`;
}
