import { type Mock, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Gatekeeper, createGatekeeper } from '../../../../src/main/ipc/gatekeeper';
import { type SenderInfo, createSenderCheck } from '../../../../src/main/ipc/sender';
import { channels } from '../../../../src/shared/ipc/contract';
import { createTestCore } from '../../../support/test-core';
import { type TempStore, createTempStore } from '../../../support/temp-store';

const APP = 'app://aikm/index.html';
const WINDOW_ID = 7;
const trusted: SenderInfo = { frameUrl: APP, isTopFrame: true, contentsId: WINDOW_ID };
const SECRET = 'sk-proj-CANARY-gatekeeper-0123456789abcdef';
const validAdd = { provider: 'openai', model: 'gpt-5.5', name: 'OpenAI-Production', secret: SECRET };

let store: TempStore;
let gatekeeper: Gatekeeper;
let log: { warn: Mock<(message: string) => void>; error: Mock<(message: string, error?: unknown) => void> };
let opened: string[];

beforeEach(() => {
  store = createTempStore();
  opened = [];
  log = { warn: vi.fn(), error: vi.fn() };
  const core = createTestCore(store, {
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  gatekeeper = createGatekeeper(
    core.handlers,
    createSenderCheck(APP, (id) => id === WINDOW_ID),
    log,
  );
});
afterEach(() => store.cleanup());

const call = (channel: string, ...args: unknown[]) => gatekeeper.dispatch(channel, trusted, args);

describe('gatekeeper: senders', () => {
  it.each<[string, SenderInfo]>([
    ['a foreign origin', { ...trusted, frameUrl: 'https://evil.example/index.html' }],
    ['a look-alike host', { ...trusted, frameUrl: 'app://aikm.evil/index.html' }],
    ['another scheme', { ...trusted, frameUrl: 'file:///index.html' }],
    ['a sub-frame of our own page', { ...trusted, isTopFrame: false }],
    ['a frame that is gone (senderFrame null)', { ...trusted, frameUrl: null }],
    ['a webContents that is not an app window', { ...trusted, contentsId: 99 }],
    ['a URL with credentials', { ...trusted, frameUrl: 'app://user:pw@aikm/index.html' }],
  ])('refuses %s with forbidden and stores nothing', async (_label, sender) => {
    const before = store.read();
    const result = await gatekeeper.dispatch('keys:add', sender, [validAdd]);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(store.read()).toBe(before);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('refused'));
  });

  it('refuses a channel the contract does not declare', async () => {
    const result = await call('keys:reveal', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('accepts our own top frame on every path of the app origin', async () => {
    const result = await gatekeeper.dispatch('keys:list', { ...trusted, frameUrl: 'app://aikm/deep/page#x' }, []);
    expect(result).toEqual({ ok: true, value: [] });
  });
});

describe('gatekeeper: input', () => {
  const malformed: [string, string, unknown[]][] = [
    ['no payload', 'keys:add', []],
    ['a string payload', 'keys:add', ['sk-proj-abc']],
    ['null', 'keys:add', [null]],
    ['an array', 'keys:add', [[validAdd]]],
    ['an empty name', 'keys:add', [{ ...validAdd, name: '' }]],
    ['a 65-character name', 'keys:add', [{ ...validAdd, name: 'n'.repeat(65) }]],
    ['an empty key', 'keys:add', [{ ...validAdd, secret: '' }]],
    ['a key with inner spaces', 'keys:add', [{ ...validAdd, secret: 'sk-abc def-123456' }]],
    ['a 1 MB key', 'keys:add', [{ ...validAdd, secret: 'k'.repeat(1_000_000) }]],
    ['a number as key', 'keys:add', [{ ...validAdd, secret: 12345678 }]],
    ['an unknown provider', 'keys:add', [{ ...validAdd, provider: 'evil' }]],
    ['an extra field', 'keys:add', [{ ...validAdd, ciphertext: 'AAAA' }]],
    [
      'a __proto__ key',
      'keys:add',
      [JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(validAdd).slice(1)}`)],
    ],
    ['two arguments', 'keys:add', [validAdd, validAdd]],
    ['a remove without id', 'keys:remove', [{}]],
    ['a remove with a non-uuid id', 'keys:remove', [{ id: '../../etc/passwd' }]],
    ['an argument to a no-argument call', 'keys:list', [{ all: true }]],
    ['a link to an unknown page', 'app:open-link', [{ provider: 'openai', target: 'https://evil.example' }]],
    ['a URL instead of a page', 'app:open-link', ['https://evil.example']],
  ];

  it.each(malformed)('answers %s with invalid_input and changes nothing', async (_label, channel, args) => {
    await call('keys:add', { ...validAdd, name: 'Existing' });
    const before = store.read();
    const result = await call(channel, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
    expect(store.read()).toBe(before);
    expect(opened).toEqual([]);
  });

  it('names the field at fault so the form can show it inline', async () => {
    const result = await call('keys:add', { ...validAdd, name: '  ', secret: 'short' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { name: expect.stringContaining('name'), secret: expect.stringContaining('too short') },
      },
    });
  });

  it('a 1 MB field name is not echoed: the refusal stays short', async () => {
    const result = await call('keys:add', { ...validAdd, ['f'.repeat(1_000_000)]: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result).length).toBeLessThan(600);
  });

  it('a secret pasted as a field name never comes back in the refusal', async () => {
    const result = await call('keys:remove', { id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f', [SECRET]: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result)).not.toContain('CANARY');
  });

  it('names only the fields the call takes and counts the unknown ones, also in nested items', async () => {
    const top = await call('keys:remove', { id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f', a: 1, b: 2 });
    expect(top).toMatchObject({
      ok: false,
      error: { message: '2 unknown fields (not repeated). This call takes: id.' },
    });
    const token = '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f';
    const nested = await call('import:commit', { items: [{ token, name: 'n', model: 'gpt-5.5', [SECRET]: 1 }] });
    expect(nested).toMatchObject({
      ok: false,
      error: { fields: { 'items.0': '1 unknown field (not repeated). This call takes: token, name, model.' } },
    });
    expect(JSON.stringify(nested)).not.toContain('CANARY');
  });

  it('reports a duplicate name on the name field', async () => {
    await call('keys:add', validAdd);
    const result = await call('keys:add', { ...validAdd, name: 'OPENAI-PRODUCTION' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'duplicate_name', fields: { name: expect.any(String) } },
    });
  });
});

describe('gatekeeper: output', () => {
  it('never returns the secret or the ciphertext in any reply', async () => {
    const replies = [await call('keys:add', validAdd), await call('keys:list'), await call('app:security-status')];
    const added = replies[0];
    if (added?.ok) replies.push(await call('keys:remove', { id: (added.value as { id: string }).id }));
    const text = JSON.stringify(replies);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('ciphertext');
    expect(replies.every((r) => r.ok)).toBe(true);
  });

  it('strips fields a handler returns beyond the contract', async () => {
    const handlers = createTestCore(store).handlers;
    const leaky = createGatekeeper(
      { ...handlers, 'keys:remove': async ({ id }) => ({ id, secret: SECRET }) as { id: string } },
      () => null,
      log,
    );
    const result = await leaky.dispatch('keys:remove', trusted, [{ id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f' }]);
    expect(result).toEqual({ ok: true, value: { id: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f' } });
  });

  it('turns an unexpected exception into internal without its message', async () => {
    const handlers = createTestCore(store).handlers;
    const broken = createGatekeeper(
      { ...handlers, 'keys:list': async () => Promise.reject(new Error(`boom ${SECRET}`)) },
      () => null,
      log,
    );
    const result = await broken.dispatch('keys:list', trusted, []);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result) + JSON.stringify(log.error.mock.calls)).not.toContain(SECRET);
  });

  it('opens only the catalog page the renderer named', async () => {
    const result = await call('app:open-link', { provider: 'anthropic', target: 'keys' });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://console.anthropic.com/settings/keys']);
  });

  it('serves every contract channel', async () => {
    for (const channel of channels) {
      const result = await gatekeeper.dispatch(channel, trusted, [undefined]);
      expect(result.ok || result.error.code !== 'forbidden').toBe(true);
    }
  });
});
