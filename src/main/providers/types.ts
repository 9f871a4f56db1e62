/** The seam between the test runner and one provider's SDK. */
import type { Balance } from '../../shared/test-result';
import type { Failure } from './failure';

export interface ProbeOptions {
  secret: string;
  baseUrl: string;
  /** Aborted on timeout or cancel; SDK calls and body reads stop with it. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Injected transport: Electron's net.fetch in the app (it follows the system proxy), Node's fetch in tests. */
  fetch?: typeof fetch;
}

export interface Probe {
  models: string[];
  requestId?: string;
  /** DeepSeek only: its free balance endpoint. */
  balance?: { available: boolean; infos: Balance[] };
}

export interface ProviderTester {
  /** Lists models with the key; throws the SDK's error on failure. */
  probe(options: ProbeOptions): Promise<Probe>;
  /** Reduces whatever `probe` threw to the facts classification needs. */
  describe(error: unknown): Failure;
}
