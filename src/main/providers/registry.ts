/**
 * The one list of built-in providers on the main side, and the registry derived from it: for each
 * provider, its SDK tester and the API base URL it talks to; for a custom key, the preset its base URL
 * belongs to (presets/). Base URLs can be overridden (tests point them at fake servers on 127.0.0.1). A
 * provider's catalog entry is listed in shared/provider-catalog.ts.
 */
import {
  type BuiltInProviderId,
  type PresetId,
  type ProviderId,
  customPresets,
  presetOfBaseUrl,
  presetRoots,
  providers,
} from '../../shared/providers';
import { anthropic } from './anthropic';
import { deepseek } from './deepseek';
import type { Failure } from './failure';
import { gemini } from './gemini';
import { classifyOpenAi, openai } from './openai';
import { createOpenAiCompatibleTester } from './openai-compatible';
import { presetModules } from './presets';
import type { Classified, ProviderModule, ProviderTester } from './types';

/** Every built-in provider's main-side module; the type makes a provider missing from this list an error. */
export const providerModules: Readonly<Record<BuiltInProviderId, ProviderModule>> = {
  openai,
  anthropic,
  gemini,
  deepseek,
};

export const defaultBaseUrls: Readonly<Record<ProviderId, string>> = {
  ...(Object.fromEntries(Object.entries(providerModules).map(([id, m]) => [id, m.baseUrl])) as Record<
    BuiltInProviderId,
    string
  >),
  custom: '', // each custom key carries its own base URL
};

/** Every provider's and preset's key-shaped patterns, each once, for redaction. */
export const keyShapes: readonly RegExp[] = [
  ...new Map(
    [...Object.values(providerModules), ...Object.values(presetModules)].flatMap((m) =>
      (m.keyLike ?? []).map((re) => [`${re.source}/${re.flags}`, re] as const),
    ),
  ).values(),
];

export type Quirks = (failure: Failure) => Classified | undefined;

export interface ProviderEntry {
  tester: ProviderTester;
  baseUrl: string;
  /** The provider's or service's tell-tale messages, read before the generic rules (classify.ts). */
  quirks: Quirks;
  /** The name the user knows it by, for messages: "OpenRouter rejected this key". */
  service: string;
  /** A custom key of a preset: where the preset's API really is (a wrong address's hint quotes it). */
  expectedBaseUrl?: string;
  /** The address is this computer: a service there that takes any key is said to need none. */
  local: boolean;
  /** The model a spend check uses when the key has none (a custom service's models are unknown). */
  spendModel?: string;
}

interface CustomRouting {
  presets: Readonly<Record<PresetId, Omit<ProviderEntry, 'baseUrl' | 'service' | 'local'>>>;
  roots: Partial<Record<PresetId, readonly string[]>>;
  isLocal(baseUrl: string): boolean;
}

export type ProviderRegistry = Readonly<Record<ProviderId, ProviderEntry>> & { readonly routing: CustomRouting };

export interface RegistryOptions {
  /** A preset's base URL elsewhere (tests: on the fake server); keys under the same root are that preset. */
  presetBaseUrls?: Partial<Record<PresetId, string>>;
  /** Whether an address is this computer; loopback names by default. */
  isLocal?: (baseUrl: string) => boolean;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
export const isLoopback = (baseUrl: string): boolean =>
  URL.canParse(baseUrl) && LOOPBACK.test(new URL(baseUrl).hostname);

/**
 * The entry for one key: only a custom key brings its own base URL. A built-in provider's key always
 * goes to that provider's API, whatever endpoint a record may carry (a file edited outside the app).
 */
export function entryFor(
  registry: ProviderRegistry,
  key: { provider: ProviderId; endpoint: { baseUrl: string; name?: string } | null },
): ProviderEntry {
  if (key.provider !== 'custom') return registry[key.provider];
  const baseUrl = key.endpoint?.baseUrl ?? '';
  const preset = presetOfBaseUrl(baseUrl, registry.routing.roots);
  const base = preset ? registry.routing.presets[preset.id] : registry.custom;
  return {
    ...base,
    baseUrl,
    service: key.endpoint?.name || preset?.name || registry.custom.service,
    local: registry.routing.isLocal(baseUrl),
  };
}

/** The root a moved preset answers under: its base URL without the path of the real one. */
function movedRoot(real: string, moved: string): string {
  const path = new URL(real).pathname.replace(/\/$/, '');
  return moved.endsWith(path) ? moved.slice(0, moved.length - path.length) : moved;
}

export function createProviderRegistry(
  baseUrls: Partial<Record<ProviderId, string>> = {},
  options: RegistryOptions = {},
): ProviderRegistry {
  const builtIn = Object.entries(providerModules).map(([id, module]) => {
    const entry: ProviderEntry = {
      tester: module.createTester(),
      baseUrl: baseUrls[id as BuiltInProviderId] ?? module.baseUrl,
      quirks: module.classify,
      service: providers[id as BuiltInProviderId].label,
      local: false,
      ...(module.spendModel ? { spendModel: module.spendModel } : {}),
    };
    return [id, entry] as const;
  });
  // A custom key: OpenAI's protocol at its own base URL, read with OpenAI's quirks (services copy its bodies).
  const custom: ProviderEntry = {
    tester: createOpenAiCompatibleTester({ compareWithWrongKey: true }),
    baseUrl: '',
    quirks: classifyOpenAi,
    service: 'The service',
    local: false,
  };
  const presets = Object.fromEntries(
    customPresets.map((preset) => {
      const module = presetModules[preset.id];
      const quirks: Quirks = (failure) => module.classify?.(failure) ?? classifyOpenAi(failure);
      const tester = createOpenAiCompatibleTester(
        module.account ? { account: module.account } : { compareWithWrongKey: true },
      );
      const expectedBaseUrl = options.presetBaseUrls?.[preset.id] ?? preset.baseUrl;
      return [preset.id, { tester, quirks, expectedBaseUrl }];
    }),
  ) as CustomRouting['presets'];
  const roots = Object.fromEntries(
    customPresets.map((preset) => {
      const moved = options.presetBaseUrls?.[preset.id];
      return [preset.id, moved ? [movedRoot(preset.baseUrl, moved)] : presetRoots(preset)];
    }),
  );
  return {
    ...(Object.fromEntries(builtIn) as Record<BuiltInProviderId, ProviderEntry>),
    custom,
    routing: { presets, roots, isLocal: options.isLocal ?? isLoopback },
  };
}
