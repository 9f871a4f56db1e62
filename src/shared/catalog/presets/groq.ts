/** Groq: OpenAI's protocol under `/openai/v1`; its model list checks the key. */
import { definePreset } from './preset';

export const groq = definePreset({
  id: 'groq',
  name: 'Groq',
  baseUrl: 'https://api.groq.com/openai/v1',
  envVariable: 'GROQ_API_KEY',
  keyPageUrl: 'https://console.groq.com/keys',
  keyPlaceholder: 'gsk_…',
});
