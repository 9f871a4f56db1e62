/**
 * `custom`: any OpenAI-compatible service at a base URL the user gives, and the presets that fill in a
 * well-known service's name and base URL. Each preset is one module in presets/; main's side of a preset
 * (key endpoint, error quirks) is in src/main/providers/presets/.
 */
import { defineProvider } from './entry';
import { groq } from './presets/groq';
import { mistral } from './presets/mistral';
import { ollama } from './presets/ollama';
import { openrouter } from './presets/openrouter';
import type { ServicePreset } from './presets/preset';
import { together } from './presets/together';
import { xai } from './presets/xai';

export type { ServicePreset } from './presets/preset';

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

/** One entry per preset, in the order the form offers them. */
export const customPresets = [openrouter, groq, mistral, xai, together, ollama] as const;
export type PresetId = (typeof customPresets)[number]['id'];
export type CustomPreset = ServicePreset<PresetId>;
export const presetIds: readonly PresetId[] = customPresets.map((p) => p.id);

/** Where a preset's API lives: its origin(s). A base URL under one of them is that service, whatever its path. */
export function presetRoots(preset: CustomPreset): string[] {
  return [new URL(preset.baseUrl).origin, ...(preset.sameOrigins ?? [])];
}

const under = (url: string, root: string) => url === root || url.startsWith(`${root}/`);

/**
 * The preset a custom key's base URL belongs to, by where it points (not by the name the user typed):
 * `https://openrouter.ai/api` is OpenRouter with a wrong path, and its hint can say so. `roots` replaces
 * the real origins (tests put each service under its own path on one fake server).
 */
export function presetOfBaseUrl(
  baseUrl: string,
  roots: Partial<Record<PresetId, readonly string[]>> = {},
): CustomPreset | undefined {
  const url = baseUrl.replace(/\/+$/, '');
  return customPresets.find((p) => (roots[p.id] ?? presetRoots(p)).some((root) => under(url, root)));
}
