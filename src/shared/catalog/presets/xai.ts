/** xAI (Grok): OpenAI's protocol; a wrong key is answered with HTTP 400, not 401. */
import { definePreset } from './preset';

export const xai = definePreset({
  id: 'xai',
  name: 'xAI',
  baseUrl: 'https://api.x.ai/v1',
  envVariable: 'XAI_API_KEY',
  keyPageUrl: 'https://console.x.ai',
  keyPlaceholder: 'xai-…',
});
