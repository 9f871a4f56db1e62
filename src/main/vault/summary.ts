/**
 * What the renderer may know about a stored key: metadata and the masked hint — never the secret — and
 * what only the running app knows (a test is running, the key is due for rotation). Built here only,
 * so every caller of the vault gets the same, complete summary.
 */
import type { KeySummary } from '../../shared/keys';
import type { StoredKey } from './record';

/** A state the vault found that overrides the last test: the key is not usable as it is. */
export type Blocked = 'cannot_decrypt' | 'changed_outside';

/** What the running app knows about keys beyond their records. */
export interface LiveState {
  isTesting(id: string): boolean;
  /** Days after which a key should be rotated; 0 is never. */
  rotateAfterDays(): number;
}

const DAY_MS = 86_400_000;

export function toSummary(record: StoredKey, blocked: Blocked | undefined, live: LiveState, now: Date): KeySummary {
  const rotatedAt = record.rotatedAt ?? record.createdAt;
  const days = live.rotateAfterDays();
  // Field by field on purpose: a spread would carry the ciphertext along.
  return {
    id: record.id,
    name: record.name,
    provider: record.provider,
    model: record.model,
    hint: record.hint,
    status: blocked ?? record.lastTest?.outcome ?? 'not_tested',
    rotatedAt,
    endpoint: record.endpoint ?? null,
    spendCheck: record.spendCheck ?? false,
    rotationDue: days > 0 && now.getTime() - new Date(rotatedAt).getTime() > days * DAY_MS,
    testing: live.isTesting(record.id),
    storage: record.sessionOnly ? 'memory' : 'disk',
    lastTest: record.lastTest ?? null,
    history: record.history ?? [],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
