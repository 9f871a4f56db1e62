/** Google Gemini's catalog entry. Model ids follow the `@google/genai` model list. */
import { defineProvider } from './entry';

export const gemini = defineProvider({
  id: 'gemini',
  shortLabel: 'Google',
  label: 'Google (Gemini)',
  keyPageUrl: 'https://aistudio.google.com/apikey',
  billingUrl: 'https://aistudio.google.com/usage',
  keyPlaceholder: 'AQ.… or AIza…',
  models: [
    'gemini-4-argon',
    'gemini-4-carbon',
    'gemini-4-hydrogen',
    'gemini-3.8-flash',
    'gemini-3.5-flash',
    'gemini-3.5-flash-lite',
    'gemini-3.1-pro-preview',
    'gemini-2.5-pro',
    'gemini-2.5-flash',
    'gemini-flash-latest',
    'gemini-pro-latest',
  ],
  color: '#3d6fd8',
  // Google's own tools read either name; GEMINI_API_KEY is the one AI Studio suggests.
  envVariables: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
  // AI Studio moved from `AIza…` to `AQ.…` keys in 2026; both still work.
  keyPattern: /^(AIza|AQ\.)/,
  maskPrefixes: ['AIza', 'AQ.'],
});
