/**
 * Issue #12, item 1: a stored key must only ever be sent where the user saved it. keys.json can be
 * edited by any program running as the user; a record whose destination (provider, base URL) was
 * changed there is shown as "changed outside the app" and its key is never decrypted for use.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core';
import { createProviderRegistry, entryFor } from '../../../../src/main/providers/registry';
import { createVault } from '../../../../src/main/vault/vault';
import { type TestCipher, createTestCipher } from '../../../support/aes-test-cipher';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';
import { idleKeys } from '../../../support/null-ports';

const SECRET = 'sk-proj-CANARY-destination-0123456789abcdef';
/** Authorization headers the attacker's server received. */
const stolen: string[] = [];
const attacker = createServer((req, res) => {
  stolen.push(String(req.headers.authorization ?? req.headers['x-api-key'] ?? ''));
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end('{"object":"list","data":[{"id":"gpt-5.5","object":"model"}]}');
});
let attackerUrl: string;

let store: TempStore;
let cipher: TestCipher;
beforeAll(async () => {
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/v1`;
});
afterAll(() => attacker.close());
beforeEach(() => {
  store = createTempStore();
  cipher = createTestCipher();
  stolen.length = 0;
});
afterEach(() => store.cleanup());

/** A core over the temporary store, as after a restart; every built-in provider points at a closed port. */
const boot = () => createTestCore(store, { cipher });

function edit(change: (record: Record<string, unknown>) => void): void {
  const file = JSON.parse(store.read());
  change(file.keys[0]);
  writeFileSync(store.file, JSON.stringify(file));
}

/** Everything main does with a key after a restart: start-up check, scheduled test-all, a test, a rotation. */
async function useEverywhere(core: Core, id: string): Promise<void> {
  await core.start();
  core.stop();
  await core.runner.testAll();
  await core.runner.testAllDone();
  await expect(core.handlers['keys:test']({ id })).rejects.toMatchObject({ code: 'changed_outside' });
  await expect(
    core.handlers['keys:rotate']({ id, secret: 'sk-proj-NEW-0123456789abcdef', override: true }),
  ).rejects.toMatchObject({ code: 'changed_outside' });
  let lent = false;
  await expect(core.vault.withSecret(id, async () => (lent = true))).rejects.toMatchObject({
    code: 'changed_outside',
    message: expect.stringContaining('changed outside the app'),
  });
  expect(lent).toBe(false);
}

async function expectRefused(core: Core, id: string): Promise<void> {
  await useEverywhere(core, id);
  const [key] = await core.listKeys();
  expect(key?.status).toBe('changed_outside');
  expect(stolen).toEqual([]);
  expect(JSON.parse(store.read()).keys).toHaveLength(1); // kept, so the user sees it and can delete it
}

describe('a destination changed outside the app', () => {
  it('refuses an OpenAI record given an endpoint outside the app: no check ever sends the key there', async () => {
    const { id } = await boot().vault.add({
      provider: 'openai',
      model: 'gpt-5.5',
      name: 'OpenAI-Production',
      secret: SECRET,
    });
    edit((r) => (r.endpoint = { name: 'OpenAI', baseUrl: attackerUrl }));
    await expectRefused(boot(), id);
  });

  it('refuses a record whose base URL was changed outside the app', async () => {
    const endpoint = { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1' };
    const { id } = await boot().vault.add({ provider: 'custom', model: '', name: 'Router', secret: SECRET, endpoint });
    edit((r) => (r.endpoint = { ...endpoint, baseUrl: attackerUrl }));
    await expectRefused(boot(), id);
  });

  it.each([
    'http://evil.example/v1',
    'https://user:pw@evil.example/v1',
    'https://evil.example/v1?x=1',
    'https://openrouter.ai/api/v1#fragment',
  ])('refuses a stored base URL that new input could not have had (%s)', async (baseUrl) => {
    const { id } = await boot().vault.add({
      provider: 'custom',
      model: '',
      name: 'Router',
      secret: SECRET,
      endpoint: { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1' },
    });
    edit((r) => (r.endpoint = { name: 'OpenRouter', baseUrl }));
    await expectRefused(boot(), id);
  });

  it('refuses a record whose provider was changed outside the app', async () => {
    const { id } = await boot().vault.add({
      provider: 'deepseek',
      model: 'deepseek-flash',
      name: 'DeepSeek',
      secret: SECRET,
    });
    edit((r) => (r.provider = 'openai'));
    await expectRefused(boot(), id);
  });

  it('refuses a custom record without a binding (stripped, or written before bindings existed)', async () => {
    const { id } = await boot().vault.add({
      provider: 'custom',
      model: '',
      name: 'Local',
      secret: SECRET,
      endpoint: { name: 'Local', baseUrl: 'http://localhost:11434/v1' },
    });
    edit((r) => {
      delete r.binding;
      r.endpoint = { name: 'Local', baseUrl: attackerUrl };
    });
    await expectRefused(boot(), id);
  });

  it('refuses a binding made for another record (copied with its ciphertext kept)', async () => {
    const core = boot();
    await core.vault.add({
      provider: 'custom',
      model: '',
      name: 'Mine',
      secret: `${SECRET}-2`,
      endpoint: { name: 'Mine', baseUrl: attackerUrl },
    });
    const { id } = await core.vault.add({ provider: 'openai', model: 'gpt-5.5', name: 'Victim', secret: SECRET });
    const file = JSON.parse(store.read());
    const [mine, victim] = file.keys;
    file.keys = [{ ...victim, provider: 'custom', endpoint: mine.endpoint, binding: mine.binding }];
    writeFileSync(store.file, JSON.stringify(file));
    await expectRefused(boot(), id);
  });
});

describe('records written before bindings existed', () => {
  it("binds one that goes to its provider's own API on first load, and keeps using it", async () => {
    const { id } = await boot().vault.add({ provider: 'openai', model: 'gpt-5.5', name: 'Legacy', secret: SECRET });
    edit((r) => delete r.binding);
    const core = boot();
    await core.start();
    core.stop();
    expect(JSON.parse(store.read()).keys[0].binding).toEqual(expect.any(String));
    await expect(core.vault.withSecret(id, async (s) => s)).resolves.toBe(SECRET);
    expect((await boot().listKeys())[0]?.status).toBe('not_tested');
  });
});

describe('bindings across the weak-storage opt-in', () => {
  it('keep a custom key usable after a restart when it was kept in memory, then written after the opt-in', async () => {
    cipher.obfuscated = true;
    let allowed = false;
    const vault = createVault({ live: idleKeys, cipher, repository: store.open(), weakAllowed: () => allowed });
    const { id } = await vault.add({
      provider: 'custom',
      model: '',
      name: 'Local',
      secret: SECRET,
      endpoint: { name: 'Local', baseUrl: 'http://localhost:11434/v1' },
    });
    allowed = true;
    await vault.persistSessionKeys();
    const reopened = createVault({ live: idleKeys, cipher, repository: store.open(), weakAllowed: () => true });
    await expect(reopened.withSecret(id, async (s) => s)).resolves.toBe(SECRET);
  });
});

describe('choosing where a key is sent', () => {
  it("ignores an endpoint on a built-in provider's key", () => {
    const registry = createProviderRegistry();
    expect(entryFor(registry, { provider: 'openai', endpoint: { baseUrl: attackerUrl } }).baseUrl).toBe(
      'https://api.openai.com/v1',
    );
    expect(
      entryFor(registry, { provider: 'custom', endpoint: { baseUrl: 'https://openrouter.ai/api/v1' } }).baseUrl,
    ).toBe('https://openrouter.ai/api/v1');
  });
});
