/**
 * Derives the shape of `window.api` from the contract: `domain:some-action` becomes
 * `api.domain.someAction(input)`, and event `domain:changed` becomes `api.domain.onChanged(listener)`.
 * The same name mapping is used at run time by the preload and at compile time by the renderer.
 */
import type { z } from 'zod';
import type { Result } from './result';
import { type Channel, type Contract, type EventChannel, type EventPayload, channels, eventChannels } from './contract';

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string> = C extends `${string}:${infer A}` ? Camel<A> : never;

type Invoker<C extends Channel> = Contract[C]['input'] extends z.ZodUndefined
  ? () => Promise<Result<z.output<Contract[C]['output']>>>
  : (input: z.input<Contract[C]['input']>) => Promise<Result<z.output<Contract[C]['output']>>>;

export type Unsubscribe = () => void;
type Subscriber<E extends EventChannel> = (listener: (payload: EventPayload<E>) => void) => Unsubscribe;

type Domains = DomainOf<Channel | EventChannel>;

export type Api = {
  readonly [D in Domains]: {
    readonly [C in Channel as DomainOf<C> extends D ? ActionOf<C> : never]: Invoker<C>;
  } & {
    readonly [E in EventChannel as DomainOf<E> extends D ? `on${Capitalize<ActionOf<E>>}` : never]: Subscriber<E>;
  };
};

function camel(action: string): string {
  return action.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** `app:security-status` → `['app', 'securityStatus']`. */
export function methodPath(channel: Channel): [string, string] {
  const [domain, action] = channel.split(':') as [string, string];
  return [domain, camel(action)];
}

/** `keys:changed` → `['keys', 'onChanged']`. */
export function subscriberPath(event: EventChannel): [string, string] {
  const [domain, action] = event.split(':') as [string, string];
  const name = camel(action);
  return [domain, `on${name.charAt(0).toUpperCase()}${name.slice(1)}`];
}

export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<unknown>;
  subscribe(event: EventChannel, listener: (payload: unknown) => void): Unsubscribe;
}

/**
 * Builds the object the preload exposes. Exactly the contract's channels and events, nothing generic:
 * there is no way to reach a channel the contract does not name.
 */
export function buildApi(transport: Transport): Api {
  const api: Record<string, Record<string, unknown>> = {};
  const slot = (domain: string): Record<string, unknown> => (api[domain] ??= {});
  for (const channel of channels) {
    const [domain, method] = methodPath(channel);
    slot(domain)[method] = (input?: unknown) => transport.invoke(channel, input);
  }
  for (const event of eventChannels) {
    const [domain, method] = subscriberPath(event);
    slot(domain)[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.subscribe(event, (payload) => listener(payload));
    };
  }
  return api as unknown as Api;
}
