/** A core for unit tests: the app composed with stand-in ports, test cipher, temporary store, chosen providers. */
import { composeApp } from '../../src/main/compose';
import type { Confirm } from '../../src/main/confirm';
import type { AppPorts } from '../../src/main/ports';
import type { Clock } from '../../src/main/schedule/scheduler';
import type { KeyRepository } from '../../src/main/vault/repository';
import { type ProviderRegistry, createProviderRegistry } from '../../src/main/providers/registry';
import { createMemorySettingsStore } from '../../src/main/settings-store';
import { builtInProviderIds } from '../../src/shared/providers';
import type { Settings } from '../../src/shared/settings';
import { type TestCipher, createTestCipher } from './aes-test-cipher';
import { nullPorts } from './null-ports';
import type { TempStore } from './temp-store';

/**
 * A registry whose every provider points at a closed port: nothing can leave this machine. Derived from
 * the provider list, so a provider added later is offline in tests too.
 */
export function offlineRegistry(): ProviderRegistry {
  const nowhere = 'http://127.0.0.1:9';
  return createProviderRegistry(Object.fromEntries(builtInProviderIds.map((id) => [id, nowhere])));
}

export function createTestCore(
  store: TempStore,
  options: {
    registry?: ProviderRegistry;
    settings?: Partial<Settings>;
    openExternal?: (url: string) => Promise<void>;
    env?: Record<string, string>;
    pickFile?: () => Promise<string | null>;
    /** The same cipher across two cores acts like a restart on the same computer. */
    cipher?: TestCipher;
    /** Stands in for main's dialog; by default the user says no. */
    confirm?: Confirm;
    clock?: Clock;
    repository?: KeyRepository;
    notify?: AppPorts['notify'];
    /** By default in memory; the benchmark writes the real file, as the app does. */
    audit?: AppPorts['audit'];
    /** Where provider requests go; by default Node's fetch, looked up at each call. */
    fetch?: AppPorts['fetch'];
  } = {},
) {
  const { settings, registry, cipher, repository, ...ports } = options;
  return composeApp({
    ...nullPorts(),
    ...ports,
    cipher: cipher ?? createTestCipher(),
    repository: repository ?? store.open(),
    settings: createMemorySettingsStore({ testAfterAdd: false, ...settings }),
    registry: registry ?? offlineRegistry(),
  }).core;
}
