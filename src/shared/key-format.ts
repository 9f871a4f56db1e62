/**
 * Which provider a pasted key looks like it belongs to. Only ever a hint: formats change (Gemini moved
 * from `AIza…` to `AQ.…` keys in 2026, DeepSeek shares OpenAI's `sk-`), so a mismatch is a warning
 * with a one-click fix, never a refusal.
 */
import type { ProviderId } from './providers';

const patterns: Array<[ProviderId, RegExp]> = [
  ['anthropic', /^sk-ant-/],
  ['openai', /^sk-(proj|svcacct|admin)-/],
  ['gemini', /^(AIza|AQ\.)/],
  // `sk-` + 32 lowercase hex is DeepSeek's shape; a legacy OpenAI key has mixed case and `T3BlbkFJ`.
  ['deepseek', /^sk-[0-9a-f]{32}$/],
];

export function guessProvider(secret: string): ProviderId | null {
  const trimmed = secret.trim();
  return patterns.find(([, pattern]) => pattern.test(trimmed))?.[0] ?? null;
}

/** The provider the key looks like, when it is not the one chosen. */
export function formatMismatch(chosen: ProviderId, secret: string): ProviderId | null {
  const guess = guessProvider(secret);
  return guess && guess !== chosen ? guess : null;
}
