/** Mistral (La Plateforme): OpenAI-shaped model list, its own (gateway) error bodies. */
import { definePreset } from './preset';

export const mistral = definePreset({
  id: 'mistral',
  name: 'Mistral',
  baseUrl: 'https://api.mistral.ai/v1',
  envVariable: 'MISTRAL_API_KEY',
  keyPageUrl: 'https://console.mistral.ai/api-keys',
  keyPlaceholder: '32 letters and digits',
});
