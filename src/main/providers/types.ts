/** The seam between the test runner and one provider: its SDK call, and how its failures read. */
import type { Balance, Outcome } from '../../shared/test-result';
import type { Failure } from './failure';

export interface ProbeOptions {
  secret: string;
  baseUrl: string;
  /** Aborted on timeout or cancel; SDK calls and body reads stop with it. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Injected transport (tests: Node's fetch; the app: Electron's net.fetch, which honours system proxies). */
  fetch?: typeof fetch;
}

export interface Probe {
  models: string[];
  requestId?: string;
  /** From a provider's free balance endpoint, where it has one (DeepSeek). */
  balance?: { available: boolean; infos: Balance[] };
}

export interface ProviderTester {
  /** Lists models with the key; throws the SDK's error on failure. */
  probe(options: ProbeOptions): Promise<Probe>;
  /** Reduces whatever `probe` threw to the facts classification needs. */
  describe(error: unknown): Failure;
}

export interface Classified {
  outcome: Exclude<Outcome, 'ok'>;
  /** A more specific fix than the outcome's general one, when the provider told us enough. */
  hint?: string;
}

/**
 * One built-in provider on the main side. Its catalog entry (names, links, key format) is in
 * shared/catalog/; this is what only main needs. registry.ts lists every module.
 */
export interface ProviderModule {
  /** The API its keys go to. Tests point it at a fake server; a stored record cannot change it. */
  baseUrl: string;
  createTester(): ProviderTester;
  /**
   * The provider's tell-tale codes and messages (a 401 that is a permission problem, a 429 that is an
   * empty wallet), checked before the HTTP status alone decides; undefined when the status decides.
   */
  classify(failure: Failure): Classified | undefined;
  /**
   * Global patterns for tokens shaped like this provider's keys. A provider may quote another key (its
   * own hint of it, a key from another account), so these are redacted from every provider's messages.
   */
  keyLike: readonly RegExp[];
}
