/**
 * Which provider a pasted key looks like it belongs to, from each catalog entry's key pattern. Only
 * ever a hint: formats change (Gemini moved from `AIza…` to `AQ.…` keys in 2026, DeepSeek shares
 * OpenAI's `sk-`), so a mismatch is a warning with a one-click fix, never a refusal.
 */
import { type ProviderId, providerList } from './provider-catalog';

const patterns = providerList.flatMap((p) => (p.keyPattern ? [[p.id, p.keyPattern] as const] : []));

export function guessProvider(secret: string): ProviderId | null {
  const trimmed = secret.trim();
  return patterns.find(([, pattern]) => pattern.test(trimmed))?.[0] ?? null;
}

/** The provider the key looks like, when it is not the one chosen. */
export function formatMismatch(chosen: ProviderId, secret: string): ProviderId | null {
  const guess = guessProvider(secret);
  return guess && guess !== chosen ? guess : null;
}
