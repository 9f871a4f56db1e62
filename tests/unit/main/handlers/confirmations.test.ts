/** Item 4 of issue #12: what weakens storage is decided in main's own dialog, not by the window alone. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConfirmRequest, oneAtATime } from '../../../../src/main/confirm';
import type { Core } from '../../../../src/main/core';
import { createTestCipher } from '../../../support/aes-test-cipher';
import { type TempStore, createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

let store: TempStore;
let cipher: ReturnType<typeof createTestCipher>;
let core: Core;
let answer: boolean;
let asked: ConfirmRequest[];
beforeEach(() => {
  store = createTempStore();
  cipher = createTestCipher();
  cipher.obfuscated = true; // Linux without a keyring
  answer = false;
  asked = [];
  core = createTestCore(store, {
    cipher,
    confirm: async (request) => {
      asked.push(request);
      return answer;
    },
  });
});
afterEach(() => store.cleanup());

describe('weak storage opt-in', () => {
  it('a compromised window calling app:set-weak-storage alone cannot weaken storage: main asks, and "no" changes nothing', async () => {
    await core.handlers['keys:add']({
      name: 'Session',
      provider: 'openai',
      model: 'gpt-5.5',
      secret: 'sk-proj-CANARY-weak-0123456789',
    });
    const before = store.read();
    const status = await core.handlers['app:set-weak-storage']({ allow: true });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      confirmLabel: 'Store them anyway',
      message: expect.stringContaining('weak obfuscation'),
    });
    expect(status).toMatchObject({ mode: 'memory', weakStorageAllowed: false });
    expect(core.settings.current().allowWeakStorage).toBe(false);
    expect(cipher.weakEnabled).toBe(false);
    expect(store.read()).toBe(before);
  });

  it('"yes" in main\'s dialog opts in and writes this run\'s keys; opting out needs no question', async () => {
    await core.handlers['keys:add']({
      name: 'Session',
      provider: 'openai',
      model: 'gpt-5.5',
      secret: 'sk-proj-CANARY-weak-0123456789',
    });
    answer = true;
    expect(await core.handlers['app:set-weak-storage']({ allow: true })).toMatchObject({
      mode: 'weak',
      weakStorageAllowed: true,
    });
    expect(cipher.weakEnabled).toBe(true);
    expect(JSON.parse(store.read()).keys).toHaveLength(1);
    answer = false;
    expect(await core.handlers['app:set-weak-storage']({ allow: false })).toMatchObject({ weakStorageAllowed: false });
    expect(asked).toHaveLength(1);
  });
});

describe("main's dialogs", () => {
  it('one at a time: a second request while one is open is answered "no" without a second dialog', async () => {
    let release: (value: boolean) => void = () => {};
    let shown = 0;
    const confirm = oneAtATime(() => {
      shown += 1;
      return new Promise<boolean>((resolve) => {
        release = resolve;
      });
    });
    const request = { title: 't', message: 'm', detail: 'd', confirmLabel: 'Yes' };
    const first = confirm(request);
    expect(await confirm(request)).toBe(false);
    release(true);
    expect(await first).toBe(true);
    expect(shown).toBe(1);
  });

  it('a dialog that fails counts as "no"', async () => {
    expect(
      await oneAtATime(async () => Promise.reject(new Error('no window')))({
        title: 't',
        message: 'm',
        detail: 'd',
        confirmLabel: 'Yes',
      }),
    ).toBe(false);
  });
});
