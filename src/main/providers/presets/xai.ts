/**
 * xAI on the main side. Its error body is `{ code: "<gRPC status text>", error: "<message>" }`. A wrong
 * key is a 400 "Incorrect API key provided" (the generic rules read it as an invalid key); a team without
 * credits, or past its spending limit, is a 403.
 */
import type { PresetModule } from '../types';

export const xai: PresetModule = {
  classify(f) {
    if (f.status === 403 && /credits|spending limit/i.test(f.message ?? '')) return { outcome: 'quota_exhausted' };
    return undefined;
  },
  keyLike: [/xai-[A-Za-z0-9*.]{6,}/g],
};
