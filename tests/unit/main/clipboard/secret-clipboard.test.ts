import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyClipboard } from '../../../../src/main/clipboard/create-key-clipboard';
import { createSecretClipboard } from '../../../../src/main/clipboard/secret-clipboard';
import { markerFormat, osFormat } from '../../../../src/main/clipboard/secret-formats';
import { defaultEnvNamesFor } from '../../../../src/main/key-use/default-env-names';
import type { KeyUseAuditEntry } from '../../../../src/main/key-use/ports';
import { fakeClipboard } from '../../../support/fake-clipboard';
import { summary } from '../../../support/key-summaries';

const SECRET = 'sk-proj-CANARY-clipboard-0123456789abcdef';

function setup(platform = 'linux', seconds = 30) {
  const clipboard = fakeClipboard();
  const secretClipboard = createSecretClipboard({ clipboard, platform, clearAfterSeconds: () => seconds });
  return { clipboard, secretClipboard };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('secret clipboard', () => {
  it('clears the copy after the timeout when the clipboard still holds it', async () => {
    const { clipboard, secretClipboard } = setup();
    const outcome = await secretClipboard.copy(SECRET);
    expect(outcome.clearsInSeconds).toBe(30);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(await clipboard.readText()).toBe(SECRET);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.cleared).toBe(1);
    expect(await clipboard.readText()).toBe('');
  });

  it('does not clobber what the user copied since', async () => {
    const { clipboard, secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    clipboard.userCopies('a shopping list');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.cleared).toBe(0);
    expect(await clipboard.readText()).toBe('a shopping list');
  });

  it('still clears the secret when a clipboard manager re-owned the text without our marker', async () => {
    const { clipboard, secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    clipboard.userCopies(SECRET);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.cleared).toBe(1);
  });

  it('re-arms on each copy: the second copy gets its own full timeout', async () => {
    const { clipboard, secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    await vi.advanceTimersByTimeAsync(20_000);
    await secretClipboard.copy(`${SECRET}-second`);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.cleared).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(clipboard.cleared).toBe(1);
  });

  it('off (0 s): never clears, not even at quit', async () => {
    const { clipboard, secretClipboard } = setup('linux', 0);
    expect((await secretClipboard.copy(SECRET)).clearsInSeconds).toBe(0);
    await vi.advanceTimersByTimeAsync(3_600_000);
    await secretClipboard.dispose();
    expect(clipboard.cleared).toBe(0);
    expect(await clipboard.readText()).toBe(SECRET);
  });

  it('quit clears a copy that is still there, and only that', async () => {
    const { clipboard, secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    expect(secretClipboard.hasPending()).toBe(true);
    await secretClipboard.dispose();
    expect(clipboard.cleared).toBe(1);
    expect(secretClipboard.hasPending()).toBe(false);

    await secretClipboard.copy(SECRET);
    clipboard.userCopies('mine');
    await secretClipboard.dispose();
    expect(clipboard.cleared).toBe(1);
  });

  it('a clipboard that fails to answer on quit does not hold the quit up', async () => {
    const { clipboard, secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    clipboard.readFormat = () => new Promise(() => {});
    const done = secretClipboard.dispose(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toBeUndefined();
  });

  it('keeps no plaintext: the object holds only an HMAC and a nonce', async () => {
    const { secretClipboard } = setup();
    await secretClipboard.copy(SECRET);
    // What the module could leak through an inspector or a heap dump of its own state.
    expect(JSON.stringify(secretClipboard)).not.toContain('CANARY');
  });
});

describe('what is written, per platform (exact bytes)', () => {
  const zero = new Uint8Array([0, 0, 0, 0]);
  it.each([
    [
      'darwin',
      {
        [osFormat('org.nspasteboard.ConcealedType')]: new Uint8Array(0),
        [osFormat('org.nspasteboard.TransientType')]: new Uint8Array(0),
      },
    ],
    [
      'win32',
      {
        [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: zero,
        [osFormat('CanIncludeInClipboardHistory')]: zero,
        [osFormat('CanUploadToCloudClipboard')]: zero,
      },
    ],
    ['linux', { [osFormat('x-kde-passwordManagerHint')]: new Uint8Array([0x73, 0x65, 0x63, 0x72, 0x65, 0x74]) }],
  ])('%s', async (platform, markers) => {
    const { clipboard, secretClipboard } = setup(platform);
    const outcome = await secretClipboard.copy(SECRET);
    const written = clipboard.content();
    const nonce = written[markerFormat(platform)];
    expect(typeof nonce).toBe('string');
    expect(nonce).toMatch(/^[0-9a-f-]{36}$/);
    expect(written).toEqual({ 'text/plain': SECRET, ...markers, [markerFormat(platform)]: nonce });
    expect(outcome.markers).toEqual(Object.keys(markers).map((k) => /format="(.*)"/.exec(k)?.[1]));
  });

  it('uses Electron 45 raw-format keys and a new nonce per copy', async () => {
    const { clipboard, secretClipboard } = setup('win32');
    expect(osFormat('CanUploadToCloudClipboard')).toBe(
      'electron application/osclipboard;format="CanUploadToCloudClipboard"',
    );
    await secretClipboard.copy(SECRET);
    const first = clipboard.content()[markerFormat('win32')];
    await secretClipboard.copy(SECRET);
    expect(clipboard.content()[markerFormat('win32')]).not.toBe(first);
  });
});

describe('copy key', () => {
  function copier(seconds = 30) {
    const clipboard = fakeClipboard();
    const audit: KeyUseAuditEntry[] = [];
    const gemini = summary('Gemini-Prod', 'ok', { provider: 'gemini' });
    const { copy } = createKeyClipboard({
      clipboard,
      platform: 'linux',
      clearAfterSeconds: () => seconds,
      withSecret: async (id, use) => use(SECRET, { ...gemini, id }),
      envNamesFor: defaultEnvNamesFor,
      audit: (entry) => void audit.push(entry),
    });
    return { clipboard, audit, copy, gemini };
  }

  it('copies the key, audits "copied" with the format and never the value', async () => {
    const { clipboard, audit, copy, gemini } = copier();
    const result = await copy({ id: gemini.id, format: 'plain' });
    expect(await clipboard.readText()).toBe(SECRET);
    expect(JSON.stringify(result)).not.toContain('CANARY');
    expect(audit).toEqual([
      {
        event: 'copied',
        keyId: gemini.id,
        keyName: 'Gemini-Prod',
        provider: 'gemini',
        detail: 'copied the key to the clipboard, cleared after 30 s',
      },
    ]);
  });

  it('copies as NAME=value with the provider’s first standard variable', async () => {
    const { clipboard, audit, copy, gemini } = copier(0);
    const result = await copy({ id: gemini.id, format: 'env' });
    expect(await clipboard.readText()).toBe(`GEMINI_API_KEY=${SECRET}`);
    expect(result.copiedAs).toBe('GEMINI_API_KEY=…');
    expect(audit[0]?.detail).toBe('copied GEMINI_API_KEY=… to the clipboard, not cleared automatically');
    expect(JSON.stringify(audit)).not.toContain('CANARY');
  });
});
