/** How long Recently deleted keeps an item (plain constants: the renderer reads them without zod). */
export const TRASH_DAYS = 30;
export const TRASH_MS = TRASH_DAYS * 86_400_000;
