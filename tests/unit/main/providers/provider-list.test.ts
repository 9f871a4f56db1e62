/**
 * A provider is one module on each side, listed once: these checks make a provider that is listed on
 * one side and forgotten on the other fail here, and keep every test offline whatever the list holds.
 */
import { describe, expect, it } from 'vitest';
import { providerModules } from '../../../../src/main/providers/registry';
import { builtInProviderIds, envVariables, providerList } from '../../../../src/shared/providers';
import { fakeApis } from '../../../fixtures/fake-apis';
import { startFakeProviders } from '../../../fixtures/fake-providers';
import { offlineRegistry } from '../../../support/test-core';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the provider lists', () => {
  it('give every built-in provider a main-side module and a fake API', () => {
    expect(sorted(Object.keys(providerModules))).toEqual(sorted(builtInProviderIds));
    expect(sorted(Object.keys(fakeApis))).toEqual(sorted(builtInProviderIds));
  });

  it('keep unit tests offline: the test registry and the fake server point every provider at this machine', async () => {
    const registry = offlineRegistry();
    for (const id of builtInProviderIds) expect(new URL(registry[id].baseUrl).hostname).toBe('127.0.0.1');
    const fake = await startFakeProviders();
    try {
      for (const id of builtInProviderIds) expect(new URL(fake.baseUrls[id]).hostname).toBe('127.0.0.1');
    } finally {
      await fake.close();
    }
  });

  it('give each environment variable to one provider, and only https pages', () => {
    const names = envVariables.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    const pages = providerList.flatMap((p) => [p.keyPageUrl, p.billingUrl]).filter((url) => url !== '');
    for (const url of pages) expect(new URL(url).protocol).toBe('https:');
  });
});
