/** How many results each key keeps (plain constant: the renderer reads it without zod). */
export const HISTORY_MAX = 50;
/** How many of them the key table shows, and so how many a key's summary carries (the rest: keys:details). */
export const HISTORY_SHOWN = 20;
