/**
 * `custom`: any OpenAI-compatible service at a base URL the user gives, and the presets that fill in a
 * well-known service's name and base URL.
 */
import { defineProvider } from './entry';

export const custom = defineProvider({
  id: 'custom',
  label: 'OpenAI-compatible (custom)',
  shortLabel: 'Custom',
  // No page of its own: links are only ever opened for the built-in providers' allow-listed pages.
  keyPageUrl: '',
  billingUrl: '',
  keyPlaceholder: "the service's API key",
  models: [],
  color: '#6b7280',
  // A custom key needs a base URL that no variable names, so import does not look for one.
  envVariables: [],
  maskPrefixes: [],
});

export interface CustomPreset {
  readonly name: string;
  readonly baseUrl: string;
  /** The variable the service's own docs and SDKs read the key from. Not read by import (yet). */
  readonly envVariable?: string;
  /** Where the service's keys are made (https only). Not on the external-link allow-list (yet). */
  readonly keyPageUrl?: string;
}

/** One entry per preset, in the order the form offers them. */
export const customPresets: readonly CustomPreset[] = [
  {
    name: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    envVariable: 'OPENROUTER_API_KEY',
    keyPageUrl: 'https://openrouter.ai/settings/keys',
  },
  {
    name: 'Groq',
    baseUrl: 'https://api.groq.com/openai/v1',
    envVariable: 'GROQ_API_KEY',
    keyPageUrl: 'https://console.groq.com/keys',
  },
  {
    name: 'Mistral',
    baseUrl: 'https://api.mistral.ai/v1',
    envVariable: 'MISTRAL_API_KEY',
    keyPageUrl: 'https://console.mistral.ai/api-keys',
  },
  { name: 'xAI', baseUrl: 'https://api.x.ai/v1', envVariable: 'XAI_API_KEY', keyPageUrl: 'https://console.x.ai' },
  {
    name: 'Together',
    baseUrl: 'https://api.together.xyz/v1',
    envVariable: 'TOGETHER_API_KEY',
    keyPageUrl: 'https://api.together.ai/settings/api-keys',
  },
  // A local Ollama takes no key, so it has neither a variable nor a key page.
  { name: 'Ollama (this computer)', baseUrl: 'http://localhost:11434/v1' },
];
