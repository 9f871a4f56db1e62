/**
 * What the renderer may know about a stored key: metadata and the masked hint — never the secret — and
 * what only the running app knows (a test is running, the key is due for rotation). Built here only,
 * so every caller of the vault gets the same, complete summary.
 */
import { currentStreak } from '../../shared/history';
import type { KeySummary } from '../../shared/keys';
import { HISTORY_SHOWN } from '../../shared/test-result';
import type { StoredKey } from './record';
import type { KeyResults } from './results-book';

/** A state the vault found that overrides the last test: the key is not usable as it is. */
export type Blocked = 'cannot_decrypt' | 'changed_outside';

/** What the running app knows about keys beyond their records. */
export interface LiveState {
  isTesting(id: string): boolean;
  /** Days after which a key should be rotated; 0 is never. */
  rotateAfterDays(): number;
}

const DAY_MS = 86_400_000;

/**
 * The summary goes to the window with every change, so it carries what the table shows: the last result
 * without its model list, the recent history and the streak over all of it (keys:details has the rest).
 */
export function toSummary(
  record: StoredKey,
  results: KeyResults,
  blocked: Blocked | undefined,
  live: LiveState,
  now: Date,
): KeySummary {
  const rotatedAt = record.rotatedAt ?? record.createdAt;
  const { lastTest, history = [] } = results;
  const days = live.rotateAfterDays();
  // Field by field on purpose: a spread would carry the ciphertext along.
  return {
    id: record.id,
    name: record.name,
    provider: record.provider,
    model: record.model,
    hint: record.hint,
    status: blocked ?? lastTest?.outcome ?? 'not_tested',
    rotatedAt,
    endpoint: record.endpoint ?? null,
    spendCheck: record.spendCheck ?? false,
    rotationDue: days > 0 && now.getTime() - new Date(rotatedAt).getTime() > days * DAY_MS,
    testing: live.isTesting(record.id),
    storage: record.sessionOnly ? 'memory' : 'disk',
    lastTest: lastTest ? withoutModels(lastTest) : null,
    history: history.slice(-HISTORY_SHOWN),
    streak: currentStreak(history),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function withoutModels(result: NonNullable<KeyResults['lastTest']>): KeySummary['lastTest'] {
  const { models: _models, ...rest } = result;
  return rest;
}
