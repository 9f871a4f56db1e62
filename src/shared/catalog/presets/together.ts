/** Together AI: its model list is a bare JSON array, not OpenAI's `{ object: "list", data }`. */
import { definePreset } from './preset';

export const together = definePreset({
  id: 'together',
  name: 'Together',
  baseUrl: 'https://api.together.xyz/v1',
  envVariable: 'TOGETHER_API_KEY',
  keyPageUrl: 'https://api.together.ai/settings/api-keys',
  keyPlaceholder: "the key from Together's settings",
});
