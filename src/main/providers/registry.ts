/**
 * The provider registry: for each provider, its SDK tester and the API base URL it talks to. Base
 * URLs can be overridden (tests point them at fake servers on 127.0.0.1).
 */
import type { ProviderId } from '../../shared/providers';
import { createAnthropicTester } from './anthropic';
import { createGeminiTester } from './gemini';
import { createDeepSeekTester, createOpenAiTester } from './openai-compatible';
import type { ProviderTester } from './types';

export const defaultBaseUrls: Readonly<Record<ProviderId, string>> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  gemini: 'https://generativelanguage.googleapis.com',
  deepseek: 'https://api.deepseek.com',
  custom: '', // each custom key carries its own base URL
};

export interface ProviderEntry {
  tester: ProviderTester;
  baseUrl: string;
}

export type ProviderRegistry = Readonly<Record<ProviderId, ProviderEntry>>;

/**
 * The entry for one key: only a custom key brings its own base URL. A built-in provider's key always
 * goes to that provider's API, whatever endpoint a record may carry (a file edited outside the app).
 */
export function entryFor(registry: ProviderRegistry, key: { provider: ProviderId; endpoint: { baseUrl: string } | null }): ProviderEntry {
  if (key.provider !== 'custom') return registry[key.provider];
  return { ...registry.custom, baseUrl: key.endpoint?.baseUrl ?? '' };
}

export function createProviderRegistry(baseUrls: Partial<Record<ProviderId, string>> = {}): ProviderRegistry {
  const url = (id: ProviderId) => baseUrls[id] ?? defaultBaseUrls[id];
  return {
    openai: { tester: createOpenAiTester(), baseUrl: url('openai') },
    anthropic: { tester: createAnthropicTester(), baseUrl: url('anthropic') },
    gemini: { tester: createGeminiTester(), baseUrl: url('gemini') },
    deepseek: { tester: createDeepSeekTester(), baseUrl: url('deepseek') },
    // OpenAI-compatible services speak OpenAI's /models through the same SDK.
    custom: { tester: createOpenAiTester(), baseUrl: '' },
  };
}
