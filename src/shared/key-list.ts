/**
 * The key list as the window and the tray keep it, following main's key events: `keys:changed` replaces
 * it, `keys:updated` replaces or adds the keys it carries, `keys:removed` drops keys, `keys:testing`
 * sets their `testing` flag. One function for both, so they cannot disagree. Keys that did not change
 * keep their object, so a table row that did not change is not drawn again.
 */
import type { EventChannel, EventPayload } from './ipc/contract';
import type { KeySummary } from './keys';

export type KeyEvent = 'keys:changed' | 'keys:updated' | 'keys:removed' | 'keys:testing';

export const isKeyEvent = (event: EventChannel): event is KeyEvent =>
  event === 'keys:changed' || event === 'keys:updated' || event === 'keys:removed' || event === 'keys:testing';

/** An event and its payload, as one argument list (so the payload's type follows the event's). */
export type KeyEventArgs = { [E in KeyEvent]: [event: E, payload: EventPayload<E>] }[KeyEvent];

export function applyKeyEvent(keys: readonly KeySummary[], ...[event, payload]: KeyEventArgs): KeySummary[] {
  switch (event) {
    case 'keys:changed':
      return payload.keys;
    case 'keys:updated': {
      const fresh = new Map(payload.keys.map((k) => [k.id, k]));
      const next = keys.map((k) => {
        const updated = fresh.get(k.id);
        if (!updated) return k;
        fresh.delete(k.id);
        return updated;
      });
      return [...next, ...fresh.values()]; // new keys go last, as main lists them
    }
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
