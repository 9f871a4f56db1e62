/**
 * The one list of built-in providers on the main side, and the registry derived from it: for each
 * provider, its SDK tester and the API base URL it talks to. Base URLs can be overridden (tests point
 * them at fake servers on 127.0.0.1). A provider's catalog entry is listed in shared/provider-catalog.ts.
 */
import type { BuiltInProviderId, ProviderId } from '../../shared/providers';
import { anthropic } from './anthropic';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { openai, classifyOpenAi } from './openai';
import { createOpenAiCompatibleTester } from './openai-compatible';
import type { ProviderModule, ProviderTester } from './types';

/** Every built-in provider's main-side module; the type makes a provider missing from this list an error. */
export const providerModules: Readonly<Record<BuiltInProviderId, ProviderModule>> = {
  openai,
  anthropic,
  gemini,
  deepseek,
};

/** A custom key: OpenAI's protocol at the base URL the key carries, read with OpenAI's quirks. */
const custom: Omit<ProviderModule, 'keyLike'> = {
  baseUrl: '', // each custom key carries its own base URL
  createTester: () => createOpenAiCompatibleTester(),
  classify: classifyOpenAi,
};

const modules: Readonly<Record<ProviderId, Omit<ProviderModule, 'keyLike'>>> = { ...providerModules, custom };

export const defaultBaseUrls: Readonly<Record<ProviderId, string>> = Object.fromEntries(
  Object.entries(modules).map(([id, module]) => [id, module.baseUrl]),
) as Record<ProviderId, string>;

/** What a provider's failure means before the status alone decides (classify.ts). */
export const quirksOf = (provider: ProviderId): ProviderModule['classify'] => modules[provider].classify;

/** Every provider's key-shaped patterns, each once, for redaction. */
export const keyShapes: readonly RegExp[] = [
  ...new Map(
    Object.values(providerModules).flatMap((m) => m.keyLike.map((re) => [`${re.source}/${re.flags}`, re] as const)),
  ).values(),
];

export interface ProviderEntry {
  tester: ProviderTester;
  baseUrl: string;
}

export type ProviderRegistry = Readonly<Record<ProviderId, ProviderEntry>>;

/**
 * The entry for one key: only a custom key brings its own base URL. A built-in provider's key always
 * goes to that provider's API, whatever endpoint a record may carry (a file edited outside the app).
 */
export function entryFor(
  registry: ProviderRegistry,
  key: { provider: ProviderId; endpoint: { baseUrl: string } | null },
): ProviderEntry {
  if (key.provider !== 'custom') return registry[key.provider];
  return { ...registry.custom, baseUrl: key.endpoint?.baseUrl ?? '' };
}

export function createProviderRegistry(baseUrls: Partial<Record<ProviderId, string>> = {}): ProviderRegistry {
  const entries = Object.entries(modules).map(([id, module]) => {
    const baseUrl = id === 'custom' ? '' : (baseUrls[id as ProviderId] ?? module.baseUrl);
    return [id, { tester: module.createTester(), baseUrl }] as const;
  });
  return Object.fromEntries(entries) as Record<ProviderId, ProviderEntry>;
}
