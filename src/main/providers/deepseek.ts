/**
 * DeepSeek on the main side: OpenAI's protocol (the `openai` SDK at DeepSeek's base URL) plus its free
 * balance endpoint, the one provider where "out of credit" can be seen without a paid call. Its errors
 * carry no tell-tale codes beyond the HTTP status (402 is an empty balance).
 */
import { z } from 'zod';
import { NotAModelList } from './failure';
import { createOpenAiCompatibleTester } from './openai-compatible';
import type { ProviderModule } from './types';

const balanceSchema = z.object({
  is_available: z.boolean(),
  balance_infos: z
    .array(z.object({ currency: z.string(), total_balance: z.union([z.string(), z.number()]) }))
    .default([]),
});

export const deepseek: ProviderModule = {
  baseUrl: 'https://api.deepseek.com',
  createTester: () =>
    createOpenAiCompatibleTester({
      account: {
        path: '/user/balance',
        // DeepSeek's model list checks the key itself; the balance adds "out of credit".
        provesKey: false,
        read(body) {
          const parsed = balanceSchema.safeParse(body);
          if (!parsed.success) throw new NotAModelList();
          return {
            available: parsed.data.is_available,
            infos: parsed.data.balance_infos.map((b) => ({
              currency: b.currency,
              total: String(b.total_balance),
              kind: 'balance' as const,
            })),
          };
        },
      },
    }),
  classify: () => undefined,
  // DeepSeek keys are `sk-` + 32 hex; its messages quote them as "****abcd".
  keyLike: [/sk-[A-Za-z0-9_*.-]{6,}/g],
};
