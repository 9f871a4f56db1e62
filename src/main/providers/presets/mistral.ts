/**
 * Mistral on the main side. Its gateway answers `{ "message": "Unauthorized" }` (401) and
 * `{ "message": "Requests rate limit exceeded" }` (429): the status decides; model-list.ts reads the message.
 */
import type { PresetModule } from '../types';

export const mistral: PresetModule = {};
