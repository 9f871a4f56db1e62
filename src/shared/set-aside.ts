/**
 * Set-aside copies of the key file (`keys.corrupt-<timestamp>.json`): damaged files the app moved or
 * copied aside. They may hold whatever was in the file, so they are listed on the Security page and can
 * be restored or deleted there. The renderer names a copy by its file name only, which must match this
 * pattern exactly: no path, no other file.
 */
import { z } from 'zod';

export const SET_ASIDE_NAME = /^keys\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,4})?\.json$/;

export const setAsideNameSchema = z
  .string()
  .max(80)
  .regex(SET_ASIDE_NAME, { error: 'That is not a set-aside copy of the key file.' });

export const setAsideCopySchema = z.object({
  name: z.string(),
  /** When the app set the file aside (from the name's timestamp). */
  setAsideAt: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
});
export type SetAsideCopy = z.infer<typeof setAsideCopySchema>;
