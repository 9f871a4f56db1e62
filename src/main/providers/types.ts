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

/** What a free account endpoint says: whether the account (or key) can still spend, and how much is left. */
export interface AccountFacts {
  available: boolean;
  infos: Balance[];
}

/** A free endpoint about the account or the key, read alongside the model list. */
export interface AccountEndpoint {
  /** Relative to the base URL, e.g. `/user/balance`. */
  path: string;
  /** The facts from the endpoint's body; throws NotAModelList when the body is not what it should be. */
  read(body: unknown): AccountFacts;
  /** It answers only a valid key, so an answer proves the key even where the model list is public. */
  provesKey: boolean;
}

export interface Probe {
  models: string[];
  requestId?: string;
  /** From a provider's free account endpoint, where it has one (DeepSeek's balance, OpenRouter's key). */
  balance?: AccountFacts;
  /** Set when something beyond the model list proved the key (an endpoint that answers only valid keys). */
  verifiedBy?: 'key_endpoint';
  /**
   * A custom service's model list asked again with a deliberately wrong key: accepted (the list is public
   * and proves nothing), or refused with this failure (classified by test-key like any other).
   */
  wrongKey?: { accepted: true } | { accepted: false; failure: Failure };
}

export interface ProviderTester {
  /** Lists models with the key; throws the SDK's error on failure. */
  probe(options: ProbeOptions): Promise<Probe>;
  /**
   * The opt-in spend check: one request for one output token with `model` (a fraction of a cent), where
   * the provider has no free balance endpoint. Resolves when the provider served it; throws like `probe`.
   */
  spend?(options: ProbeOptions, model: string): Promise<void>;
  /** Reduces whatever `probe` or `spend` threw to the facts classification needs. */
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
  /** The cheapest model its catalog lists, for a spend check on a key without a model of its own. */
  spendModel?: string;
}

/**
 * What main knows about one custom-service preset beyond its shared catalog entry
 * (shared/catalog/presets/): presets/index.ts lists one per preset. Everything is optional: a preset
 * without quirks is read as any OpenAI-compatible service.
 */
export interface PresetModule {
  /** A free endpoint that proves the key (and may tell its credit); without one, a wrong key is tried. */
  account?: AccountEndpoint;
  /** The service's tell-tale messages, checked before the generic rules (classify.ts). */
  classify?(failure: Failure): Classified | undefined;
  /** Patterns for tokens shaped like its keys, redacted from every provider's messages. */
  keyLike?: readonly RegExp[];
}
