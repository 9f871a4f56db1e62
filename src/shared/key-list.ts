/**
 * The key list as the window and the tray keep it, following main's key events: `keys:changed` replaces
 * it, `keys:updated` replaces or adds the keys it carries, `keys:tested` does too and adds the new result
 * to the history it holds, `keys:removed` drops keys, `keys:testing` sets their `testing` flag. One
 * function for both, so they cannot disagree. Keys that did not change keep their object, so a table row
 * that did not change is not drawn again.
 */
import type { EventChannel, EventPayload } from './ipc/contract';
import { appendHistory } from './history';
import type { KeySummary, TestedKey } from './keys';
import { HISTORY_SHOWN } from './history-limits';

export type KeyEvent = 'keys:changed' | 'keys:updated' | 'keys:tested' | 'keys:removed' | 'keys:testing';

const keyEvents: ReadonlySet<EventChannel> = new Set<KeyEvent>([
  'keys:changed',
  'keys:updated',
  'keys:tested',
  'keys:removed',
  'keys:testing',
]);
export const isKeyEvent = (event: EventChannel): event is KeyEvent => keyEvents.has(event);

/** An event and its payload, as one argument list (so the payload's type follows the event's). */
export type KeyEventArgs = { [E in KeyEvent]: [event: E, payload: EventPayload<E>] }[KeyEvent];

export function applyKeyEvent(keys: readonly KeySummary[], ...[event, payload]: KeyEventArgs): KeySummary[] {
  switch (event) {
    case 'keys:changed':
      return payload.keys;
    case 'keys:updated':
      return replaced(keys, payload.keys, (updated) => updated);
    case 'keys:tested':
      return replaced(keys, payload.keys, withResult);
    case 'keys:removed': {
      const gone = new Set(payload.ids);
      return keys.filter((k) => !gone.has(k.id));
    }
    case 'keys:testing': {
      const which = new Set(payload.ids);
      const { testing } = payload;
      return keys.map((k) => (which.has(k.id) && k.testing !== testing ? { ...k, testing } : k));
    }
  }
}

/** `keys` with the ones `fresh` carries replaced in place (new ones last, as main lists them). */
function replaced<T extends { id: string }>(
  keys: readonly KeySummary[],
  fresh: readonly T[],
  merge: (update: T, held: KeySummary | undefined) => KeySummary,
): KeySummary[] {
  const byId = new Map(fresh.map((k) => [k.id, k]));
  const next = keys.map((k) => {
    const update = byId.get(k.id);
    if (!update) return k;
    byId.delete(k.id);
    return merge(update, k);
  });
  return [...next, ...[...byId.values()].map((update) => merge(update, undefined))];
}

/**
 * The tested key with the history held for it, plus its new result — as main appends it — unless the
 * history holds that very result already (the list answer that carried it may have crossed the event).
 * By the entry itself, not by its time: a clock set back makes a new result look older than the last.
 */
function withResult(tested: TestedKey, held: KeySummary | undefined): KeySummary {
  const history = held?.history ?? [];
  const { outcome, latencyMs, testedAt } = tested.lastTest;
  const known = history.some((e) => e.testedAt === testedAt && e.outcome === outcome && e.latencyMs === latencyMs);
  return { ...tested, history: known ? history : appendHistory(history, tested.lastTest, HISTORY_SHOWN) };
}
