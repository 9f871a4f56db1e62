/** Groq on the main side: OpenAI's error bodies, plus an organization Groq has restricted (HTTP 400). */
import type { PresetModule } from '../types';

export const groq: PresetModule = {
  classify(f) {
    if (f.code === 'organization_restricted' || /organization has been restricted/i.test(f.message ?? ''))
      return { outcome: 'permission_denied', hint: 'Groq has restricted this organization; ask Groq support.' };
    return undefined;
  },
  keyLike: [/gsk_[A-Za-z0-9*.]{6,}/g],
};
