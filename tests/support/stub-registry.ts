/**
 * Providers stubbed without HTTP or SDK: every key's test lists `models` after `latencyMs()`. For tests
 * and benchmarks of what the app does around key tests (results, events, persistence).
 */
import type { ProviderRegistry } from '../../src/main/providers/registry';
import { providerIds } from '../../src/shared/providers';

export const STUB_MODELS = ['gpt-5.5', 'claude-opus-5', 'gemini-2.5-pro', 'deepseek-flash'];

export function stubRegistry(latencyMs: () => number = () => 1): ProviderRegistry {
  const tester = {
    probe: () =>
      new Promise<{ models: string[] }>((resolve) => setTimeout(() => resolve({ models: STUB_MODELS }), latencyMs())),
    describe: () => ({ kind: 'connection' as const, message: 'stub' }),
  };
  return Object.fromEntries(providerIds.map((id) => [id, { tester, baseUrl: 'http://127.0.0.1:9' }])) as never;
}
