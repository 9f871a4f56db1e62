/** Anthropic's catalog entry. Model ids follow the `@anthropic-ai/sdk` model union. */
import { defineProvider } from './entry';

export const anthropic = defineProvider({
  id: 'anthropic',
  shortLabel: 'Anthropic',
  label: 'Anthropic (Claude)',
  keyPageUrl: 'https://console.anthropic.com/settings/keys',
  billingUrl: 'https://console.anthropic.com/settings/billing',
  keyPlaceholder: 'sk-ant-api03-…',
  models: [
    'claude-opus-5-5',
    'claude-sonnet-5-5',
    'claude-haiku-5-5',
    'claude-fable-5-2',
    'claude-mythos-5-2',
    'claude-opus-5',
    'claude-sonnet-5',
    'claude-opus-4-8',
    'claude-sonnet-4-6',
    'claude-haiku-4-5',
  ],
  color: '#b0643c',
  envVariables: ['ANTHROPIC_API_KEY'],
  keyPattern: /^sk-ant-/,
  maskPrefixes: ['sk-ant-api03-', 'sk-ant-admin01-', 'sk-ant-'],
});
