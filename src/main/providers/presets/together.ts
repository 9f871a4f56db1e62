/**
 * Together on the main side: OpenAI's error bodies (401 `invalid_api_key`, 429, 402 when the credit limit
 * is reached); the status decides. Its model list is a bare array, which model-list.ts reads.
 */
import type { PresetModule } from '../types';

export const together: PresetModule = {};
