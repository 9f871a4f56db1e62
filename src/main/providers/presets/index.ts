/**
 * Every custom-service preset's main-side module, by the preset's id (shared/catalog/custom.ts lists the
 * presets themselves); the type makes a preset missing here an error. Adding a preset: its shared entry in
 * shared/catalog/presets/, its module here, its fake API in tests/fixtures/fake-apis/presets.ts.
 */
import type { PresetId } from '../../../shared/providers';
import type { PresetModule } from '../types';
import { groq } from './groq';
import { mistral } from './mistral';
import { ollama } from './ollama';
import { openrouter } from './openrouter';
import { together } from './together';
import { xai } from './xai';

export const presetModules: Readonly<Record<PresetId, PresetModule>> = {
  openrouter,
  groq,
  mistral,
  xai,
  together,
  ollama,
};
