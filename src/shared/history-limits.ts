/** How many results each key keeps (plain constant: the renderer reads it without zod). */
export const HISTORY_MAX = 50;
