/**
 * Which records of a set-aside copy may come back into the store. A record already there (same id, or
 * the same key by fingerprint) is skipped: restoring twice must not double anything. A name taken by
 * another key gets " (restored)". Nothing else is changed: a restored record keeps its binding, so it
 * is checked (destination, decryption) exactly like one read from keys.json.
 */
import { NAME_MAX, nameKey } from '../../shared/keys';
import type { StoredKey } from './record';

export function restoredRecords(current: readonly StoredKey[], candidates: readonly StoredKey[]): StoredKey[] {
  const ids = new Set(current.map((r) => r.id));
  const prints = new Set(current.flatMap((r) => (r.fingerprint ? [r.fingerprint] : [])));
  const names = new Set(current.map((r) => nameKey(r.name)));
  const taken: StoredKey[] = [];
  for (const candidate of candidates) {
    if (ids.has(candidate.id) || (candidate.fingerprint && prints.has(candidate.fingerprint))) continue;
    const suffix = ' (restored)';
    const name = names.has(nameKey(candidate.name))
      ? `${candidate.name.slice(0, NAME_MAX - suffix.length)}${suffix}`
      : candidate.name;
    if (names.has(nameKey(name))) continue;
    const { sessionOnly: _never, ...record } = { ...candidate, name }; // a copy on disk holds disk records only
    taken.push(record);
    ids.add(record.id);
    names.add(nameKey(name));
    if (record.fingerprint) prints.add(record.fingerprint);
  }
  return taken;
}
