import { describe, expect, it } from 'vitest';
import {
  GROUP_THRESHOLD,
  type TrayItem,
  buildTrayMenu,
  keyLabel,
  summaryLine,
} from '../../../../src/main/tray/tray-menu';
import { outcomes } from '../../../../src/shared/test-result';
import { providerIds } from '../../../../src/shared/providers';
import { summary } from '../../../support/key-summaries';

const labels = (items: TrayItem[]): string[] => items.flatMap((i) => ('label' in i ? [i.label] : []));
const actions = (items: TrayItem[]) =>
  items.filter((i): i is Extract<TrayItem, { kind: 'action' }> => i.kind === 'action');

describe('tray menu', () => {
  it('with no keys: says so, and Test all is disabled', () => {
    const menu = buildTrayMenu({ keys: [], progress: null });
    expect(labels(menu)).toEqual(['No keys yet', 'Test all keys', 'Open API Key Management', 'Quit']);
    expect(actions(menu).find((a) => a.action.type === 'test-all')?.enabled).toBe(false);
  });

  it('with one key: a summary, Test all, and the key as an item that tests it', () => {
    const key = summary('OpenAI-Production', 'ok');
    const menu = buildTrayMenu({ keys: [key], progress: null });
    expect(labels(menu)).toEqual([
      '1 key · 1 OK',
      'Test all keys',
      'Click a key to test it',
      '✓ OpenAI-Production — 230 ms',
      'Copy key',
      'Open API Key Management',
      'Quit',
    ]);
    expect(actions(menu).find((a) => a.label.includes('OpenAI-Production'))?.action).toEqual({
      type: 'test',
      id: key.id,
    });
  });

  it('labels every status in words, never by colour alone', () => {
    expect(keyLabel(summary('A', 'ok'))).toBe('✓ A — 230 ms');
    expect(keyLabel(summary('B', 'not_tested'))).toBe('○ B — not tested');
    expect(keyLabel(summary('C', 'ok', { testing: true }))).toBe('… C — testing');
    const words = outcomes.filter((o) => o !== 'ok').map((o) => keyLabel(summary('K', o)));
    expect(words).toEqual([
      '✗ K — invalid key',
      '✗ K — no permission',
      '✗ K — out of credit',
      '✗ K — rate limited',
      '✗ K — provider error',
      '✗ K — network error',
      '✗ K — timed out',
      '✗ K — works — model unavailable',
      '✗ K — key not verified',
      '✓ K — works — no key needed',
      '✗ K — wrong address',
    ]);
  });

  it('summarises OK, failing and testing keys', () => {
    const keys = [
      summary('a', 'ok'),
      summary('b', 'ok'),
      summary('c', 'ok'),
      summary('d', 'invalid_key'),
      summary('e', 'not_tested', { testing: true }),
    ];
    expect(summaryLine(keys)).toBe('5 keys · 3 OK · 1 failing · 1 testing');
  });

  it('while a test runs: the key is disabled and Test all shows progress, disabled', () => {
    const keys = [summary('Busy', 'ok', { testing: true }), summary('Idle', 'ok')];
    const menu = buildTrayMenu({ keys, progress: { running: true, total: 2, done: 1, cancelled: false } });
    const byLabel = Object.fromEntries(actions(menu).map((a) => [a.label, a.enabled]));
    expect(byLabel).toMatchObject({ '… Busy — testing': false, '✓ Idle — 230 ms': true, 'Testing 1 of 2…': false });
  });

  it(`groups keys by provider in submenus above ${GROUP_THRESHOLD} keys`, () => {
    const keys = Array.from({ length: 40 }, (_, i) => summary(`Key-${i}`, 'ok', { provider: providerIds[i % 4] }));
    const menu = buildTrayMenu({ keys, progress: null });
    const submenus = menu.filter(
      (i): i is Extract<TrayItem, { kind: 'submenu' }> => i.kind === 'submenu' && i.label !== 'Copy key',
    );
    expect(submenus.map((s) => s.label)).toEqual([
      'OpenAI (GPT) (10)',
      'Anthropic (Claude) (10)',
      'Google (Gemini) (10)',
      'DeepSeek (10)',
    ]);
    expect(submenus.flatMap((s) => s.items)).toHaveLength(40);
    expect(labels(menu)[0]).toBe('40 keys · 40 OK');
  });

  it(`lists up to ${GROUP_THRESHOLD} keys flat`, () => {
    const keys = Array.from({ length: GROUP_THRESHOLD }, (_, i) => summary(`Key-${i}`));
    const menu = buildTrayMenu({ keys, progress: null });
    expect(menu.some((i) => i.kind === 'submenu' && i.label !== 'Copy key')).toBe(false);
  });

  it('offers to copy each key that can be opened (copying needs the secret)', () => {
    const keys = [summary('Prod', 'ok'), summary('Broken', 'cannot_decrypt'), summary('Moved', 'changed_outside')];
    const copy = buildTrayMenu({ keys, progress: null }).find((i) => i.kind === 'submenu' && i.label === 'Copy key');
    expect(
      copy && copy.kind === 'submenu' ? actions(copy.items).map((a) => [a.label, a.enabled, a.action]) : [],
    ).toEqual([
      ['Prod', true, { type: 'copy', id: keys[0]?.id }],
      ['Broken', false, { type: 'copy', id: keys[1]?.id }],
      ['Moved', false, { type: 'copy', id: keys[2]?.id }],
    ]);
  });

  it('shortens a 200-character name', () => {
    const label = keyLabel(summary('N'.repeat(200), 'invalid_key'));
    expect(label).toBe(`✗ ${'N'.repeat(39)}… — invalid key`);
  });

  it('never carries key material: only names, statuses and latencies', () => {
    const keys = [
      summary('Prod', 'ok', { hint: 'sk-proj-…SECRET' }),
      summary('Test', 'invalid_key', { hint: 'sk-…HIDE' }),
    ];
    expect(JSON.stringify(buildTrayMenu({ keys, progress: null }))).not.toMatch(/SECRET|HIDE|sk-/);
  });
});
