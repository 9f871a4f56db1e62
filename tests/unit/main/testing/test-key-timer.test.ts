/**
 * A key test's deadline ends with the test. AbortSignal.timeout's timer outlived it: after a test-all of
 * 1,000 keys, a thousand timers were left to fire 15 s later on the main process.
 */
import { expect, it } from 'vitest';
import type { ProviderEntry } from '../../../../src/main/providers/registry';
import { testKey } from '../../../../src/main/testing/test-key';
import { stubRegistry } from '../../../support/stub-registry';

const test = (entry: ProviderEntry) =>
  testKey({
    provider: 'openai',
    entry,
    secret: 'sk-proj-0123456789abcdef0123456789',
    model: '',
    timeoutMs: 50,
    cancel: new AbortController().signal,
  });

it('ends its deadline with the test: the signal a finished test gave its provider never fires', async () => {
  const signals: AbortSignal[] = [];
  const stub = stubRegistry(() => 0).openai as ProviderEntry;
  const entry: ProviderEntry = {
    ...stub,
    tester: {
      ...stub.tester,
      probe: (options) => {
        signals.push(options.signal);
        return stub.tester.probe(options);
      },
    },
  };
  const results = await Promise.all(Array.from({ length: 20 }, () => test(entry)));
  expect(results.every((r) => r?.outcome === 'ok')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 150)); // well past every deadline
  expect(signals.filter((signal) => signal.aborted)).toHaveLength(0);
});

it('still ends a test that outlives its deadline, as a timeout', async () => {
  const entry: ProviderEntry = {
    ...(stubRegistry(() => 0).openai as ProviderEntry),
    tester: { probe: () => new Promise(() => {}), describe: () => ({ kind: 'connection', message: 'never' }) },
  };
  expect((await test(entry))?.outcome).toBe('timeout');
});
