/**
 * Tells the window and the tray what changed about keys: the keys that changed, not the list. A
 * thousand results of "test all" used to send a thousand lists of a thousand keys; now each turn of the
 * event loop sends the summaries of the keys whose results arrived in it (a few dozen at most) — without
 * their history, which the receiver extends with the result — and tests that start send only their ids.
 * The whole list goes out only when many keys change at once.
 */
import type { EventHub } from './ipc/event-hub';
import type { Logger } from './ports';
import type { KeySummary, TestedKey } from '../shared/keys';
import type { Vault } from './vault/vault';

export interface KeyAnnouncer {
  /** These keys were added or changed; no ids: many keys changed, send the whole list. */
  changed(ids?: readonly string[]): void;
  /**
   * This key got the test result of `testedAt` (and nothing else changed): sent without the history, which
   * the receiver extends with it — unless the key's summary no longer ends with exactly that one result.
   */
  tested(id: string, testedAt: string): void;
  removed(id: string): void;
  /** A test of this key started or stopped (a result is announced by `tested`). */
  testing(id: string, testing: boolean): void;
}

export function createKeyAnnouncer(deps: { events: EventHub; vault: Pick<Vault, 'list'>; log: Logger }) {
  const { events, vault, log } = deps;
  let whole = false;
  const updated = new Set<string>();
  /** The results each key got since the last announcement, by their time. */
  const tested = new Map<string, string[]>();
  const removed = new Set<string>();
  const testing = new Map<string, boolean>();
  let scheduled = false;
  /** One announcement at a time, so a later one (a removal) never overtakes an earlier one (its update). */
  let announcing: Promise<void> = Promise.resolve();

  async function announce(): Promise<void> {
    scheduled = false;
    const all = whole;
    const full = new Set(updated); // a key changed otherwise too goes whole, history and all
    const ids = [...updated, ...[...tested.keys()].filter((id) => !full.has(id))];
    const results = new Map(tested);
    const gone = [...removed];
    const flags = [...testing];
    whole = false;
    updated.clear();
    tested.clear();
    removed.clear();
    testing.clear();
    try {
      // Read before anything is sent, then sent in one go: the events of one turn arrive in order.
      const keys = all ? await vault.list() : ids.length > 0 ? await vault.list(ids) : [];
      if (all) return events.emit('keys:changed', { keys });
      if (gone.length > 0) events.emit('keys:removed', { ids: gone });
      const fresh = new Set([...ids, ...gone]);
      for (const on of [true, false]) {
        const which = flags.filter(([id, state]) => state === on && !fresh.has(id)).map(([id]) => id);
        if (which.length > 0) events.emit('keys:testing', { ids: which, testing: on });
      }
      // The receiver can add one result, the one the summary ends with; anything else goes whole.
      const changed: KeySummary[] = [];
      const oneMore: TestedKey[] = [];
      for (const summary of keys) {
        const { history: _history, lastTest, ...key } = summary;
        const told = results.get(key.id);
        const addsOne = !full.has(key.id) && told?.length === 1 && lastTest?.testedAt === told[0];
        if (addsOne && lastTest) oneMore.push({ ...key, lastTest });
        else changed.push(summary);
      }
      if (changed.length > 0) events.emit('keys:updated', { keys: changed });
      if (oneMore.length > 0) events.emit('keys:tested', { keys: oneMore });
    } catch {
      log.error('could not list keys after a change');
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // Later in this same turn of the event loop, after the I/O it is handling: not a timer, which would
    // wake the process again a millisecond later, once per batch.
    setImmediate(() => {
      announcing = announcing.then(announce);
    });
  }

  const announcer: KeyAnnouncer = {
    changed(ids) {
      if (ids) for (const id of ids) updated.add(id);
      else whole = true;
      schedule();
    },
    tested(id, testedAt) {
      tested.set(id, [...(tested.get(id) ?? []), testedAt]);
      schedule();
    },
    removed(id) {
      removed.add(id);
      updated.delete(id);
      tested.delete(id);
      testing.delete(id);
      schedule();
    },
    testing(id, on) {
      testing.set(id, on);
      schedule();
    },
  };
  return announcer;
}
