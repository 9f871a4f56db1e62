import { describe, expect, it, vi } from 'vitest';
import { createTrayActions, noticeForKey, noticeForRun } from '../../../../src/main/tray/tray-actions';
import type { KeySummary } from '../../../../src/shared/keys';
import { summary } from '../../../support/key-summaries';

function deps(keys: KeySummary[]) {
  return {
    listKeys: vi.fn(async () => keys),
    getKey: vi.fn(async (id: string) => keys.find((k) => k.id === id) ?? null),
    testKey: vi.fn(async () => undefined),
    copyKey: vi.fn(async () => ({ clearsInSeconds: 30 })),
    testAll: vi.fn(async () => ({ running: true, total: keys.length, done: 0, cancelled: false })),
    testAllDone: vi.fn(async () => ({ running: false, total: keys.length, done: keys.length, cancelled: false })),
    openWindow: vi.fn(),
    quit: vi.fn(),
    notify: vi.fn(),
  };
}

describe('tray actions', () => {
  it('copies the clicked key through main and says when it clears, never showing it', async () => {
    const key = summary('OpenAI-Production', 'ok', { hint: 'sk-proj-…SECRET' });
    const d = deps([key]);
    await createTrayActions(d).run({ type: 'copy', id: key.id });
    expect(d.copyKey).toHaveBeenCalledWith(key.id);
    expect(d.notify).toHaveBeenCalledWith({ title: 'Copied OpenAI-Production', body: 'It clears in 30 s.' });
    expect(JSON.stringify(d.notify.mock.calls)).not.toContain('SECRET');
  });

  it('tests the clicked key and notifies how it went, naming the key and the diagnosis', async () => {
    const key = summary('Claude-Testing', 'invalid_key', { hint: 'sk-ant-…SECRET' });
    const d = deps([key]);
    await createTrayActions(d).run({ type: 'test', id: key.id });
    expect(d.testKey).toHaveBeenCalledWith(key.id);
    expect(d.notify).toHaveBeenCalledWith({
      title: 'Claude-Testing: invalid key',
      body: 'The provider rejected this key. Open to fix.',
      keyId: key.id,
    });
    expect(JSON.stringify(d.notify.mock.calls)).not.toContain('SECRET');
  });

  it('tests all keys and notifies once when the run ends', async () => {
    const keys = [summary('A', 'ok'), summary('B', 'quota_exhausted')];
    const d = deps(keys);
    await createTrayActions(d).run({ type: 'test-all' });
    expect(d.testAll).toHaveBeenCalledOnce();
    expect(d.notify).toHaveBeenCalledOnce();
    expect(d.notify.mock.calls[0]?.[0]).toEqual({
      title: 'Tested 2 keys',
      body: '1 failing: B. Open to fix.',
      keyId: keys[1]?.id,
    });
  });

  it('opens the window and quits', async () => {
    const d = deps([]);
    const actions = createTrayActions(d);
    await actions.run({ type: 'open' });
    await actions.run({ type: 'quit' });
    expect(d.openWindow).toHaveBeenCalledOnce();
    expect(d.quit).toHaveBeenCalledOnce();
  });

  it('reports a failure instead of throwing into the menu', async () => {
    const d = deps([]);
    d.testKey.mockRejectedValueOnce(new Error('sk-live-leak'));
    await expect(createTrayActions(d).run({ type: 'test', id: 'x' })).resolves.toBeUndefined();
    expect(JSON.stringify(d.notify.mock.calls)).not.toContain('sk-live-leak');
  });

  it('words notices for success, failure and a cancelled run', () => {
    expect(noticeForKey(summary('Prod', 'ok')).title).toBe('Prod works');
    expect(noticeForRun([summary('a', 'ok')], { running: false, total: 1, done: 1, cancelled: false }).body).toBe(
      'All tested keys work.',
    );
    const many = ['a', 'b', 'c', 'd', 'e'].map((n) => summary(n, 'timeout'));
    expect(noticeForRun(many, { running: false, total: 9, done: 5, cancelled: true })).toEqual({
      title: 'Tested 5 of 9 keys (cancelled)',
      body: '5 failing: a, b, c and 2 more. Open to fix.',
    });
  });
});
