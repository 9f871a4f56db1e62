/**
 * A local Ollama: OpenAI's protocol under `/v1` on port 11434. It takes any key (it has none of its own),
 * so there is no variable or key page, and a test says plainly that no key is needed.
 */
import { definePreset } from './preset';

export const ollama = definePreset({
  id: 'ollama',
  name: 'Ollama (this computer)',
  baseUrl: 'http://localhost:11434/v1',
  sameOrigins: ['http://127.0.0.1:11434', 'http://[::1]:11434'],
  keyPlaceholder: 'any text: a local Ollama takes no key',
  takesAnyKey: true,
});
