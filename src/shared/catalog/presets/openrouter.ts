/**
 * OpenRouter. Its model list (`/models`) is public, so a test proves a key with `GET /key` instead (free),
 * which also tells the key's credit limit and what is left of it.
 */
import { definePreset } from './preset';

export const openrouter = definePreset({
  id: 'openrouter',
  name: 'OpenRouter',
  baseUrl: 'https://openrouter.ai/api/v1',
  envVariable: 'OPENROUTER_API_KEY',
  keyPageUrl: 'https://openrouter.ai/settings/keys',
  keyPlaceholder: 'sk-or-v1-…',
});
