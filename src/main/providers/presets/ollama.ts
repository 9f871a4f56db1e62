/**
 * A local Ollama on the main side. It takes any key, which the wrong-key comparison finds out (and says
 * plainly). Its only refusal is "server busy" (HTTP 503) when its queue (OLLAMA_MAX_QUEUE) is full, which
 * is a rate limit in all but name; nothing listening means it is not running.
 */
import type { PresetModule } from '../types';

export const ollama: PresetModule = {
  classify(f) {
    if (f.kind === 'connection')
      return { outcome: 'network_error', hint: 'Is Ollama running? Start it, then test again.' };
    if (f.status === 503 && /server busy|maximum pending requests/i.test(f.message ?? ''))
      return { outcome: 'rate_limited', hint: 'Ollama is busy with other requests; test again when it is done.' };
    return undefined;
  },
};
