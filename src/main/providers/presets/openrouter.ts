/**
 * OpenRouter on the main side. `GET /models` is public (it answers any key), so the key is proven by
 * `GET /key` (free), which answers `{ data: { label, usage, limit, limit_remaining, is_free_tier, … } }`
 * for a valid key only. `limit_remaining` is the credit the key's own limit leaves (null: no limit).
 */
import { z } from 'zod';
import { NotAModelList } from '../failure';
import type { PresetModule } from '../types';

const keySchema = z.object({
  data: z.object({
    limit: z.number().nullish(),
    limit_remaining: z.number().nullish(),
  }),
});

/** Up to four decimals, without trailing zeros: small credit is still visible ("0.0042"). */
const amount = (value: number) => String(Number(value.toFixed(4)));

export const openrouter: PresetModule = {
  account: {
    path: '/key',
    provesKey: true,
    read(body) {
      const parsed = keySchema.safeParse(body);
      if (!parsed.success) throw new NotAModelList();
      const { limit, limit_remaining: left } = parsed.data.data;
      // A key without a limit spends the account's credit, which this endpoint does not tell.
      if (limit == null || left == null) return { available: true, infos: [] };
      return { available: left > 0, infos: [{ currency: 'USD', total: amount(left), kind: 'credit_left' }] };
    },
  },
  keyLike: [/sk-or-v1-[A-Za-z0-9*.]{6,}/g],
};
