/**
 * Where Recently deleted lives: beside the keys in the same store (one more field, written atomically
 * like the keys), each entry holding the record exactly as it was stored — still encrypted. Records
 * that were memory-only stay memory-only here too. Entries that cannot be parsed are carried along
 * unchanged on every write, never dropped.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { type StoredKey, storedKeySchema } from '../vault/record';
import type { KeyRepository } from '../vault/repository';
import { createSerialQueue } from '../vault/serial-queue';

const META = 'trash';

const entrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['deleted', 'replaced']),
  deletedAt: z.iso.datetime(),
  record: storedKeySchema,
});
export type TrashEntry = z.infer<typeof entrySchema>;
export type TrashKind = TrashEntry['kind'];

export interface TrashStore {
  list(): Promise<TrashEntry[]>;
  put(kind: TrashKind, record: StoredKey, at: Date): Promise<TrashEntry>;
  /** Removes the entries `which` selects and answers them. */
  take(which: (entry: TrashEntry) => boolean): Promise<TrashEntry[]>;
}

export function createTrashStore(repository: KeyRepository, newId: () => string = randomUUID): TrashStore {
  const serial = createSerialQueue();
  let cache: { entries: TrashEntry[]; unparsed: unknown[] } | undefined;

  async function load() {
    if (cache) return cache;
    const raw = await repository.loadMeta?.(META);
    const items: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const entries: TrashEntry[] = [];
    const unparsed: unknown[] = [];
    for (const item of items) {
      const parsed = entrySchema.safeParse(item);
      if (parsed.success) entries.push(parsed.data);
      else unparsed.push(item);
    }
    cache = { entries, unparsed };
    return cache;
  }

  async function commit(entries: TrashEntry[]): Promise<void> {
    const { unparsed } = await load();
    try {
      await repository.saveMeta?.(META, [...entries.filter((e) => !e.record.sessionOnly), ...unparsed]);
    } catch {
      throw new AppError(
        'storage_error',
        `Could not write Recently deleted in ${repository.location}; nothing was changed.`,
      );
    }
    cache = { entries, unparsed }; // only after the write succeeded
  }

  return {
    list: () => serial(async () => [...(await load()).entries]),
    put: (kind, record, at) =>
      serial(async () => {
        const entry: TrashEntry = { id: newId(), kind, deletedAt: at.toISOString(), record };
        await commit([...(await load()).entries, entry]);
        return entry;
      }),
    take: (which) =>
      serial(async () => {
        const { entries } = await load();
        const taken = entries.filter(which);
        if (taken.length > 0) await commit(entries.filter((e) => !taken.includes(e)));
        return taken;
      }),
  };
}
