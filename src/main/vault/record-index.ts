/**
 * Finds a record by id without walking the list: with a thousand keys, "test all" looks keys up a few
 * thousand times. Records are immutable and every change makes a new list, so the index is rebuilt
 * only when it is asked about a list it was not built for.
 */
import type { StoredKey } from './record';

export function createRecordIndex() {
  let index: { of: readonly StoredKey[]; byId: Map<string, StoredKey> } | undefined;
  return function lookup(all: readonly StoredKey[], id: string): StoredKey | undefined {
    if (index?.of !== all) index = { of: all, byId: new Map(all.map((r) => [r.id, r])) };
    return index.byId.get(id);
  };
}
