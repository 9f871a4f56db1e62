/** What the renderer may know about a stored key: metadata and the masked hint — never the secret. */
import type { KeySummary } from '../../shared/keys';
import type { StoredKey } from './record';

/** A state the vault found that overrides the last test: the key is not usable as it is. */
export type Blocked = 'cannot_decrypt' | 'changed_outside';

export function toSummary(record: StoredKey, blocked?: Blocked): KeySummary {
  // Field by field on purpose: a spread would carry the ciphertext along.
  return {
    id: record.id,
    name: record.name,
    provider: record.provider,
    model: record.model,
    hint: record.hint,
    status: blocked ?? record.lastTest?.outcome ?? 'not_tested',
    rotatedAt: record.rotatedAt ?? record.createdAt,
    endpoint: record.endpoint ?? null,
    rotationDue: false,
    testing: false,
    storage: record.sessionOnly ? 'memory' : 'disk',
    lastTest: record.lastTest ?? null,
    history: record.history ?? [],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
