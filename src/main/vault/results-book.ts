/**
 * Each key's last test result and history, kept apart from its record. Records change when the user
 * acts (add, rename, rotate, delete) and are written before the call returns; results change with every
 * test — thousands in a "test all" — and are written behind (storage/write-behind-file.ts), so a test
 * never rewrites the keys. Records written by earlier versions carry their results inside; those are
 * taken over on load and leave the key file with its next write.
 */
import { z } from 'zod';
import { appendHistory } from '../../shared/history';
import {
  HISTORY_MAX,
  type HistoryEntry,
  type TestResult,
  historyEntrySchema,
  testResultSchema,
} from '../../shared/test-result';
import type { StoredKey } from './record';

export interface KeyResults {
  lastTest?: TestResult;
  history?: HistoryEntry[];
}

const keyResultsSchema = z.object({
  lastTest: testResultSchema.optional(),
  history: z.array(historyEntrySchema).max(HISTORY_MAX).optional(),
});

/** Where results are kept: the repository's write-behind file, or memory for a stand-in repository. */
export interface ResultStore {
  initial(): ReadonlyMap<string, unknown>;
  /** `change`, when given, is what the file records: `applyResultChange(previous, change)` gives `value` again. */
  put(id: string, value: KeyResults | undefined, change?: ResultChange): void;
  flush(): Promise<void>;
  flushSync(): void;
}

/** A test result recorded: the journal's line for it is the result alone, not the key's whole history. */
export interface ResultChange {
  tested: TestResult;
}

/** What `record` does to a key's results, replayed from the file. It reads what the file held: anything. */
export function applyResultChange(previous: unknown, change: unknown): unknown {
  const { tested } = (change ?? {}) as Partial<ResultChange>;
  if (typeof tested !== 'object' || tested === null) return previous; // left for the schema to refuse
  const { history } = (previous ?? {}) as { history?: unknown };
  return { lastTest: tested, history: appendHistory(Array.isArray(history) ? history : undefined, tested) };
}

export function createMemoryResultStore(): ResultStore {
  return { initial: () => new Map(), put: () => {}, flush: async () => {}, flushSync: () => {} };
}

/** The record without its results, as the key file holds it from now on. */
export function withoutResults(record: StoredKey): StoredKey {
  if (record.lastTest === undefined && record.history === undefined) return record;
  const { lastTest: _lastTest, history: _history, ...rest } = record;
  return rest;
}

export function createResultsBook(store: ResultStore) {
  const byId = new Map<string, KeyResults>();
  for (const [id, value] of store.initial()) {
    const parsed = keyResultsSchema.safeParse(value);
    if (parsed.success) byId.set(id, parsed.data); // a damaged entry costs that key its history, nothing else
  }

  /** Memory-only keys keep their results in memory too: nothing about them reaches a file. */
  function set(
    record: Pick<StoredKey, 'id' | 'sessionOnly'>,
    results: KeyResults | undefined,
    change?: ResultChange,
  ): void {
    if (results) byId.set(record.id, results);
    else byId.delete(record.id);
    if (!record.sessionOnly) store.put(record.id, results, change);
  }

  return {
    get: (id: string): KeyResults => byId.get(id) ?? {},
    /** What a key's summary leaves out: the models its last test saw, and the whole history. */
    details(id: string): { models: string[]; history: HistoryEntry[] } {
      const { lastTest, history = [] } = byId.get(id) ?? {};
      return { models: lastTest?.models ?? [], history };
    },
    /** The record with its results, for copies that must keep them (Recently deleted). */
    merged: (record: StoredKey): StoredKey => ({ ...record, ...byId.get(record.id) }),

    /**
     * Takes over the results records carry (written by an earlier version, or coming back from Recently
     * deleted or a set-aside copy) where none are kept for that key yet; answers the records without them.
     */
    adopt(records: readonly StoredKey[]): { records: StoredKey[]; adopted: number } {
      let adopted = 0;
      const stripped = records.map((record) => {
        const bare = withoutResults(record);
        if (bare !== record && !byId.has(record.id)) {
          set(record, { lastTest: record.lastTest, history: record.history });
          adopted += 1;
        }
        return bare;
      });
      return { records: stripped, adopted };
    },

    record(key: Pick<StoredKey, 'id' | 'sessionOnly'>, result: TestResult): KeyResults {
      const held = byId.get(key.id);
      const previous = held ?? {};
      // The file replays a change on what it holds; for a key whose entry there could not be read (and is not
      // held here), that is not `previous`, so the whole value is written instead.
      const change = held ? { tested: result } : undefined;
      set(key, { lastTest: result, history: appendHistory(previous.history, result) }, change);
      return previous;
    },

    /** A rotation: the old secret's result no longer describes the key; its history stays. */
    dropLastTest(key: Pick<StoredKey, 'id' | 'sessionOnly'>): void {
      const { history } = byId.get(key.id) ?? {};
      set(key, history ? { history } : undefined);
    },

    forget: (key: Pick<StoredKey, 'id' | 'sessionOnly'>) => set(key, undefined),

    /** A memory-only key now written to disk: its results follow it. */
    persist(key: Pick<StoredKey, 'id'>): void {
      const results = byId.get(key.id);
      if (results) store.put(key.id, results);
    },
  };
}

export type ResultsBook = ReturnType<typeof createResultsBook>;
