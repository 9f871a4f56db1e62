/**
 * The fake providers in a child process of the benchmark, so the main-process CPU it measures is the
 * core's own work and not the fake servers'. The child is `scripts/bench.mjs --fake-server`; it says
 * its base URLs once, then takes `{ latencyMs }` messages.
 */
import { fork } from 'node:child_process';
import type { BuiltInProviderId } from '../src/shared/providers';
import { startFakeProviders } from '../tests/fixtures/fake-providers';

export interface RemoteFake {
  baseUrls: Record<BuiltInProviderId, string>;
  setLatency(ms: number): Promise<void>;
  close(): void;
}

/** Runs in the child: serves until the parent disconnects. */
export async function serveFakeProviders(): Promise<void> {
  const fake = await startFakeProviders();
  process.on('message', (message: { latencyMs: number }) => {
    fake.latencyMs = message.latencyMs;
    fake.requests.length = 0; // recorded requests would grow for ever over 3,000 tests
    process.send?.({ latencyMs: fake.latencyMs });
  });
  process.send?.({ baseUrls: fake.baseUrls });
  await new Promise((resolve) => process.once('disconnect', resolve));
  await fake.close();
}

export async function startRemoteFake(benchScript: string): Promise<RemoteFake> {
  const child = fork(benchScript, ['--fake-server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise<Record<string, unknown>>((resolve) => child.once('message', resolve));
  const { baseUrls } = (await next()) as { baseUrls: RemoteFake['baseUrls'] };
  return {
    baseUrls,
    async setLatency(latencyMs) {
      const answered = next();
      child.send({ latencyMs });
      await answered;
    },
    close: () => child.disconnect(),
  };
}
