/** OpenAI's catalog entry. Model ids follow the `openai` SDK's model union. */
import { defineProvider } from './entry';

export const openai = defineProvider({
  id: 'openai',
  shortLabel: 'OpenAI',
  label: 'OpenAI (GPT)',
  keyPageUrl: 'https://platform.openai.com/api-keys',
  billingUrl: 'https://platform.openai.com/settings/organization/billing/overview',
  keyPlaceholder: 'sk-proj-…',
  models: [
    'gpt-6.1-sol',
    'gpt-6.1-terra',
    'gpt-6-astra',
    'gpt-6-sol',
    'gpt-6-luna',
    'gpt-5.6-sol',
    'gpt-5.5',
    'gpt-5.4',
    'gpt-5.4-mini',
    'gpt-5.4-nano',
    'gpt-4.1',
    'gpt-4o',
    'o4-mini',
  ],
  color: '#10a37f',
  envVariables: ['OPENAI_API_KEY'],
  // Project, service-account and admin keys. A legacy user key (`sk-` + mixed case) matches nothing: no hint.
  keyPattern: /^sk-(proj|svcacct|admin)-/,
  maskPrefixes: ['sk-svcacct-', 'sk-admin-', 'sk-proj-', 'sk-'],
});
