/** KeySummary objects for tests of code that only reads them (tray menu, notices). */
import type { KeySummary } from '../../src/shared/keys';
import type { ProviderId } from '../../src/shared/providers';
import type { KeyStatus, Outcome } from '../../src/shared/test-result';

let n = 0;
export function summary(
  name: string,
  status: KeyStatus = 'not_tested',
  extra: Partial<KeySummary> & { provider?: ProviderId } = {},
): KeySummary {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const lastTest =
    status === 'not_tested'
      ? null
      : {
          outcome: status as Outcome,
          message: status === 'ok' ? 'Connected.' : 'The provider rejected this key.',
          hint: 'Create a new key.',
          latencyMs: 230,
          testedAt: '2026-11-26T10:00:00.000Z',
          model: 'gpt-5.5',
        };
  return {
    id,
    name,
    provider: 'openai',
    model: 'gpt-5.5',
    hint: 'sk-proj-…a1b2',
    status,
    testing: false,
    storage: 'disk',
    spendCheck: false,
    lastTest,
    history: lastTest
      ? [{ outcome: lastTest.outcome, latencyMs: lastTest.latencyMs, testedAt: lastTest.testedAt }]
      : [],
    streak: lastTest ? { working: lastTest.outcome === 'ok', since: lastTest.testedAt, count: 1 } : null,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    rotatedAt: '2026-11-26T09:00:00.000Z',
    rotationDue: false,
    endpoint: null,
    ...extra,
  };
}
