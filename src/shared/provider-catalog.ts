/**
 * The provider catalog: the one list of built-in providers, and everything derived from it (ids, the
 * lookup by id, links, import variables). Plain data, no zod, so the renderer can use it without
 * shipping a validation library (schemas for it are in providers.ts). A provider's own facts live in
 * its module under catalog/; adding a provider means adding its module to `builtInProviders`.
 */
import { anthropic } from './catalog/anthropic';
import { custom } from './catalog/custom';
import { deepseek } from './catalog/deepseek';
import type { CatalogEntry } from './catalog/entry';
import { gemini } from './catalog/gemini';
import { openai } from './catalog/openai';

export {
  type CustomPreset,
  type PresetId,
  customPresets,
  presetIds,
  presetOfBaseUrl,
  presetRoots,
} from './catalog/custom';

/** The providers with their own SDK and catalog entry, in the order the app lists them. */
export const builtInProviders = [openai, anthropic, gemini, deepseek] as const;

export type BuiltInProviderId = (typeof builtInProviders)[number]['id'];
/** `custom`: any OpenAI-compatible service (OpenRouter, Groq, a local Ollama…) at a base URL the user gives. */
export type ProviderId = BuiltInProviderId | typeof custom.id;
export type ProviderInfo = CatalogEntry<ProviderId>;

export const builtInProviderIds: readonly BuiltInProviderId[] = builtInProviders.map((p) => p.id);
export const providerIds = [...builtInProviderIds, custom.id] as const satisfies readonly ProviderId[];

export const providerList: readonly ProviderInfo[] = [...builtInProviders, custom];

export const providers: Readonly<Record<ProviderId, ProviderInfo>> = Object.fromEntries(
  providerList.map((p) => [p.id, p]),
) as Record<ProviderId, ProviderInfo>;

/** Which environment variable holds which provider's key, in the order import looks for them. */
export const envVariables: ReadonlyArray<readonly [string, ProviderId]> = providerList.flatMap((p) =>
  p.envVariables.map((v) => [v, p.id] as const),
);

/** Which provider page a link points at; the renderer names a page, never a URL. */
export const linkTargets = ['keys', 'billing'] as const;
export type LinkTarget = (typeof linkTargets)[number];

export function providerLink(provider: ProviderId, target: LinkTarget): string {
  const info = providers[provider];
  return target === 'keys' ? info.keyPageUrl : info.billingUrl;
}
