/**
 * The built-in provider catalog: plain data, no zod, so the renderer can use it without shipping a
 * validation library (schemas for it are in providers.ts). Where the default model ids come from is in
 * docs/PROVIDERS.md; a key test replaces them with the live list.
 */
/** The four providers with their own SDK and catalog. */
export const builtInProviderIds = ['openai', 'anthropic', 'gemini', 'deepseek'] as const;
/** `custom`: any OpenAI-compatible service (OpenRouter, Groq, a local Ollama…) at a base URL the user gives. */
export const providerIds = [...builtInProviderIds, 'custom'] as const;
export type ProviderId = (typeof providerIds)[number];
export type BuiltInProviderId = (typeof builtInProviderIds)[number];

export interface ProviderInfo {
  readonly id: ProviderId;
  /** Label as the help page names it, e.g. "OpenAI (GPT)". */
  readonly label: string;
  /** The company alone, for narrow places such as the key table. */
  readonly shortLabel: string;
  /** Where a user creates a key. Every URL here is https and is the allow-list for external links. */
  readonly keyPageUrl: string;
  readonly billingUrl: string;
  /** Example of what the key looks like; shown as the input placeholder. */
  readonly keyPlaceholder: string;
  /** Current model ids, newest first; the first is the default selection. */
  readonly models: readonly string[];
}

export const providers: Readonly<Record<ProviderId, ProviderInfo>> = {
  openai: {
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
  },
  anthropic: {
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
  },
  gemini: {
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
  },
  deepseek: {
    id: 'deepseek',
    shortLabel: 'DeepSeek',
    label: 'DeepSeek',
    keyPageUrl: 'https://platform.deepseek.com/api_keys',
    billingUrl: 'https://platform.deepseek.com/top_up',
    keyPlaceholder: 'sk-…',
    models: ['deepseek-flash', 'deepseek-v4-pro'],
  },
  custom: {
    id: 'custom',
    label: 'OpenAI-compatible (custom)',
    shortLabel: 'Custom',
    // No page of its own: links are only ever opened for the allow-listed providers above.
    keyPageUrl: '',
    billingUrl: '',
    keyPlaceholder: "the service's API key",
    models: [],
  },
};

/** Well-known OpenAI-compatible services, to fill in a custom provider's name and base URL. */
export const customPresets: ReadonlyArray<{ name: string; baseUrl: string }> = [
  { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1' },
  { name: 'Groq', baseUrl: 'https://api.groq.com/openai/v1' },
  { name: 'Mistral', baseUrl: 'https://api.mistral.ai/v1' },
  { name: 'xAI', baseUrl: 'https://api.x.ai/v1' },
  { name: 'Together', baseUrl: 'https://api.together.xyz/v1' },
  { name: 'Ollama (this computer)', baseUrl: 'http://localhost:11434/v1' },
];

export const providerList: readonly ProviderInfo[] = providerIds.map((id) => providers[id]);

/** Which provider page a link points at; the renderer names a page, never a URL. */
export const linkTargets = ['keys', 'billing'] as const;
export type LinkTarget = (typeof linkTargets)[number];

export function providerLink(provider: ProviderId, target: LinkTarget): string {
  const info = providers[provider];
  return target === 'keys' ? info.keyPageUrl : info.billingUrl;
}
