/** DeepSeek's catalog entry. Its API is OpenAI-compatible; the model ids are DeepSeek's own. */
import { defineProvider } from './entry';

export const deepseek = defineProvider({
  id: 'deepseek',
  shortLabel: 'DeepSeek',
  label: 'DeepSeek',
  keyPageUrl: 'https://platform.deepseek.com/api_keys',
  billingUrl: 'https://platform.deepseek.com/top_up',
  keyPlaceholder: 'sk-…',
  models: ['deepseek-flash', 'deepseek-v4-pro'],
  color: '#4d55c9',
  envVariables: ['DEEPSEEK_API_KEY'],
  // `sk-` + 32 lowercase hex; a legacy OpenAI key shares `sk-` but has mixed case and `T3BlbkFJ`.
  keyPattern: /^sk-[0-9a-f]{32}$/,
  maskPrefixes: ['sk-'],
  freeBalance: true,
});
