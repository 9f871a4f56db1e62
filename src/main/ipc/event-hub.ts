/**
 * Push events from main to the renderer. Payloads are parsed with the contract's event schema before
 * they leave, so an event can carry nothing the contract does not declare (no ciphertext, no secret).
 */
import { type EventChannel, type EventPayload, events } from '../../shared/ipc/contract';

export type EventSink = (event: EventChannel, payload: unknown) => void;

export interface EventHub {
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  /** Adds a sink (e.g. "send to every app window"); returns a function that removes it. */
  connect(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      const clean = events[event].payload.parse(payload);
      for (const sink of sinks) sink(event, clean);
    },
    connect(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
