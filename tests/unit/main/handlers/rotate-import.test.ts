/** The rotate and import handlers against fake providers: test first, no plaintext out, clear refusals. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core';
import { createProviderRegistry } from '../../../../src/main/providers/registry';
import { type FakeProviders, startFakeProviders } from '../../../fixtures/fake-providers';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let fake: FakeProviders;
let store: TempStore;
let core: Core;
let picked: string | null;
beforeAll(async () => {
  fake = await startFakeProviders();
});
afterAll(() => fake.close());
beforeEach(() => {
  store = createTempStore();
  picked = null;
  core = createTestCore(store, {
    registry: createProviderRegistry(fake.baseUrls),
    env: { OPENAI_API_KEY: 'sk-proj-scenario_valid-ENVSECRET-0123456789' },
    pickFile: async () => picked,
  });
});
afterEach(() => store.cleanup());

const add = (name: string, secret: string) =>
  core.handlers['keys:add']({ name, provider: 'openai', model: 'gpt-5.5', secret });

describe('rotate', () => {
  it('refuses the same secret before asking the provider', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-same-0123456789');
    const before = fake.requests.length;
    await expect(
      core.handlers['keys:rotate']({ id: key.id, secret: 'sk-proj-scenario_valid-same-0123456789', override: false }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(fake.requests.length).toBe(before);
  });

  it("drops a test of the old secret that ends after the rotation, so it cannot overwrite the new key's status", async () => {
    fake.slowMs = 400;
    const key = await add('Prod', 'sk-proj-scenario_slow-old-0123456789');
    const oldTest = core.handlers['keys:test']({ id: key.id });
    await expect.poll(() => fake.requests.some((r) => r.key?.includes('slow-old'))).toBe(true);
    fake.forceScenario.openai = 'valid';
    const rotated = await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_valid-new-0123456789',
      override: false,
    });
    delete fake.forceScenario.openai;
    const after = await oldTest;
    expect(rotated.rotated).toBe(true);
    expect(after.lastTest?.latencyMs).toBe(rotated.key.lastTest?.latencyMs);
    expect(after.history).toHaveLength(1);
  });

  it('keeps the old key when the new one fails its test, and says why', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-old-0123456789');
    const before = store.read();
    const answer = await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_invalid-new-0123456789',
      override: false,
    });
    expect(answer.rotated).toBe(false);
    expect(answer.result?.outcome).toBe('invalid_key');
    expect(answer.key.hint).toBe(key.hint);
    expect(store.read()).toBe(before);
  });

  it('refuses a new key that is already stored under another name', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-old-0123456789');
    await add('Other', 'sk-proj-scenario_valid-other-0123456789');
    await expect(
      core.handlers['keys:rotate']({ id: key.id, secret: 'sk-proj-scenario_valid-other-0123456789', override: false }),
    ).rejects.toMatchObject({
      code: 'duplicate_key',
    });
  });

  it('records the rotation in the audit log without the key', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-old-0123456789');
    const answer = await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_valid-NEWSECRET-0123456789',
      override: false,
    });
    expect(answer.rotated).toBe(true);
    const log = (await core.handlers['audit:list']({})).entries;
    expect(log.map((e) => e.event)).toEqual(expect.arrayContaining(['added', 'rotated']));
    expect(JSON.stringify(log) + JSON.stringify(answer)).not.toContain('NEWSECRET');
  });
});

describe('rotate keeps the previous secret in Recently deleted', () => {
  it('a compromised window rotating a key to junk (override) does not destroy the old secret: it waits, unusable, restorable', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-OLDSECRET-0123456789');
    const answer = await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_invalid-junk-0123456789',
      override: true,
    });
    expect(answer.rotated).toBe(true);
    const [item] = await core.handlers['trash:list'](undefined);
    expect(item).toMatchObject({ kind: 'replaced', keyId: key.id, name: 'Prod', hint: key.hint });
    expect(store.read()).not.toContain('OLDSECRET');
    // Not usable for tests: testing the key uses the new (junk) secret only.
    const before = fake.requests.length;
    await core.handlers['keys:test']({ id: key.id });
    expect(fake.requests.slice(before).some((r) => r.key?.includes('OLDSECRET'))).toBe(false);
    expect(await core.handlers['trash:list'](undefined)).toHaveLength(1); // the new one did not pass
    // Restored as a key of its own, beside the current one; it still works.
    const restored = await core.handlers['trash:restore']({ id: item!.id });
    expect(restored).toMatchObject({ name: 'Prod (previous)', hint: key.hint });
    expect(restored.id).not.toBe(key.id);
    await core.handlers['keys:test']({ id: restored.id });
    expect((await core.getKey(restored.id))?.status).toBe('ok');
  });

  it('the previous secret is purged once the new one passes a test', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-old-0123456789');
    await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_ratelimit-new-0123456789',
      override: true,
    });
    expect(await core.handlers['trash:list'](undefined)).toHaveLength(1);
    fake.forceScenario.openai = 'valid';
    await core.handlers['keys:test']({ id: key.id });
    delete fake.forceScenario.openai;
    await expect.poll(async () => (await core.handlers['trash:list'](undefined)).length).toBe(0);
    const log = (await core.handlers['audit:list']({})).entries;
    expect(log.find((e) => e.event === 'purged')?.detail).toContain('the new one passed a test');
  });

  it('a rotation whose new key passes its test at once keeps nothing', async () => {
    const key = await add('Prod', 'sk-proj-scenario_valid-old-0123456789');
    await core.handlers['keys:rotate']({
      id: key.id,
      secret: 'sk-proj-scenario_valid-new-0123456789',
      override: false,
    });
    expect(await core.handlers['trash:list'](undefined)).toEqual([]);
  });
});

describe('import', () => {
  it('finds the environment key, masked, and imports it under the chosen name', async () => {
    const [candidate] = await core.handlers['import:scan-environment'](undefined);
    expect(JSON.stringify(candidate)).not.toContain('ENVSECRET');
    const { imported, failed } = await core.handlers['import:commit']({
      items: [{ token: candidate!.token, name: 'From-Env', model: 'gpt-5.5' }],
    });
    expect(failed).toEqual([]);
    expect(imported[0]).toMatchObject({ name: 'From-Env', provider: 'openai' });
    const again = await core.handlers['import:commit']({
      items: [{ token: candidate!.token, name: 'Twice', model: 'gpt-5.5' }],
    });
    expect(again.failed[0]?.message).toContain('expired');
  });

  it('explains an empty .env file and changes nothing', async () => {
    picked = join(store.dir, 'empty.env');
    writeFileSync(picked, '# nothing\n');
    const before = store.read();
    await expect(core.handlers['import:open-file'](undefined)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('No API keys found in empty.env'),
    });
    expect(store.read()).toBe(before);
  });

  it('answers nothing when the dialog is cancelled', async () => {
    await expect(core.handlers['import:open-file'](undefined)).resolves.toEqual({ file: null, candidates: [] });
  });

  it('reports a name clash per item and imports the rest', async () => {
    await add('Taken', 'sk-proj-scenario_valid-taken-0123456789');
    picked = join(store.dir, 'two.env');
    writeFileSync(
      picked,
      'OPENAI_API_KEY=sk-proj-scenario_valid-a-0123456789\nDEEPSEEK_API_KEY=sk-scenario_valid-b-0123456789\n',
    );
    const { candidates } = await core.handlers['import:open-file'](undefined);
    const [first, second] = candidates;
    const result = await core.handlers['import:commit']({
      items: [
        { token: first!.token, name: 'taken', model: 'gpt-5.5' },
        { token: second!.token, name: 'DeepSeek-Imported', model: 'deepseek-flash' },
      ],
    });
    expect(result.imported.map((k) => k.name)).toEqual(['DeepSeek-Imported']);
    expect(result.failed[0]?.message).toContain('already exists');
    // The failed one can be retried under another name.
    const retry = await core.handlers['import:commit']({
      items: [{ token: first!.token, name: 'OpenAI-Imported', model: 'gpt-5.5' }],
    });
    expect(retry.imported.map((k) => k.name)).toEqual(['OpenAI-Imported']);
  });
});
