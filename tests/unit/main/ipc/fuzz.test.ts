/**
 * Property-based fuzzing of every IPC channel: malformed payloads (wrong types, huge strings,
 * prototype-pollution keys, odd unicode, deep nesting, extra arguments) get a typed invalid_input,
 * the gatekeeper never throws, and the store file stays byte-identical.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Gatekeeper, createGatekeeper } from '../../../../src/main/ipc/gatekeeper';
import { createSenderCheck } from '../../../../src/main/ipc/sender';
import { channels, contract } from '../../../../src/shared/ipc/contract';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

const RUNS = 200;
const APP = 'app://aikm/index.html';
const sender = { frameUrl: APP, isTopFrame: true, contentsId: 1 };

let store: TempStore;
let gatekeeper: Gatekeeper;
let before: string;
let opened: string[];

beforeAll(async () => {
  store = createTempStore();
  opened = [];
  const core = createTestCore(store, { openExternal: async (url) => void opened.push(url) });
  gatekeeper = createGatekeeper(
    core.handlers,
    createSenderCheck(APP, (id) => id === 1),
    { warn: () => {}, error: () => {} },
  );
  // One real key, so mutations of existing records would show in the file.
  await gatekeeper.dispatch('keys:add', sender, [
    { provider: 'openai', model: 'gpt-5.5', name: 'Existing', secret: 'sk-proj-existing-0123456789' },
  ]);
  before = store.read();
});
afterAll(() => store.cleanup());

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '\ud800',
    'A'.repeat(100_000),
    '../../etc/passwd',
    'javascript:alert(1)',
  ),
);
const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { id: value, provider: [value] };
  return value;
});
const payload: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
  }),
  weirdString,
  deep,
  fc.dictionary(fc.oneof(hostileKey, fc.string()), fc.anything(), { maxKeys: 8 }),
  fc.record(
    {
      id: weirdString,
      provider: weirdString,
      model: weirdString,
      name: weirdString,
      secret: weirdString,
      allow: fc.anything(),
      target: weirdString,
    },
    { requiredKeys: [] },
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')),
);

describe.each(channels)('fuzzing %s', (channel) => {
  it(`answers ${RUNS} malformed payloads with invalid_input, never throws, changes nothing`, async () => {
    const schema = contract[channel].input;
    await fc.assert(
      fc.asyncProperty(payload, fc.array(fc.anything(), { maxLength: 2 }), async (input, extra) => {
        const args = [input, ...extra];
        // Only malformed calls: skip the rare generated payload that is valid for this channel.
        if (extra.length === 0 && schema.safeParse(input).success) return;
        const result = await gatekeeper.dispatch(channel, sender, args);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('invalid_input');
      }),
      { numRuns: RUNS },
    );
    expect(store.read()).toBe(before);
    expect(opened).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
