/** How a test's balance and proof read in the window (issue #15): shared by the key row and its details. */
import type { Balance, TestResult } from '../../../shared/test-result';

/** "Balance 42.50 USD" (DeepSeek's account) or "Credit left 8.75 USD" (what an OpenRouter key's limit leaves). */
export function creditText(balance: readonly Balance[]): string {
  const label = balance.some((b) => b.kind === 'credit_left') ? 'Credit left' : 'Balance';
  return `${label} ${balance.map((b) => `${b.total} ${b.currency}`).join(', ')}`;
}

export const verifiedByText: Record<NonNullable<TestResult['verifiedBy']>, string> = {
  key_endpoint: "the service's key endpoint (free)",
  wrong_key_refused: 'a wrong key was refused by the same list (free)',
  spend_request: 'a request of one output token (the spend check)',
};
