/**
 * The tray menu as plain data, built from the keys and their statuses by one pure function so every
 * state can be tested without Electron. Items carry an action, not a click handler; the controller maps
 * actions to clicks. Status is written out in text (✓/✗ plus the words of shared/status.ts), never
 * shown by colour alone, and no item ever carries key material: only names, statuses and latencies.
 */
import type { KeySummary } from '../../shared/keys';
import { type ProviderId, providerIds, providers } from '../../shared/providers';
import { isFailing, statusInSentence, statusInfo } from '../../shared/status';
import type { TestProgress } from '../../shared/test-result';

export type TrayAction =
  | { type: 'test-all' }
  | { type: 'test'; id: string }
  | { type: 'copy'; id: string }
  | { type: 'open' }
  | { type: 'quit' };

export type TrayItem =
  | { kind: 'separator' }
  | { kind: 'label'; label: string }
  | { kind: 'action'; label: string; action: TrayAction; enabled: boolean }
  | { kind: 'submenu'; label: string; items: TrayItem[] };

export interface TrayState {
  keys: readonly KeySummary[];
  progress: TestProgress | null;
}

/** Above this many keys the menu groups them by provider, so it still fits on a screen. */
export const GROUP_THRESHOLD = 15;
export const NAME_MAX = 40;

export function shorten(name: string, max = NAME_MAX): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** "4 keys · 3 OK · 1 failing" (also the tooltip). */
export function summaryLine(keys: readonly KeySummary[]): string {
  if (keys.length === 0) return 'No keys yet';
  const ok = keys.filter((k) => k.status === 'ok').length;
  const bad = keys.filter((k) => isFailing(k.status)).length;
  const testing = keys.filter((k) => k.testing).length;
  const parts = [`${keys.length} ${keys.length === 1 ? 'key' : 'keys'}`, `${ok} OK`];
  if (bad > 0) parts.push(`${bad} failing`);
  if (testing > 0) parts.push(`${testing} testing`);
  return parts.join(' · ');
}

/** `✓ OpenAI-Production — 230 ms`, `✗ Claude-Testing — invalid key`, `… Name — testing`, `○ Name — not tested`. */
export function keyLabel(key: KeySummary): string {
  const name = shorten(key.name);
  const due = key.rotationDue ? ' · rotate due' : '';
  if (key.testing) return `… ${name} — testing`;
  if (key.status === 'not_tested') return `○ ${name} — not tested${due}`;
  if (key.status === 'ok') return `✓ ${name} — ${key.lastTest?.latencyMs ?? 0} ms${due}`;
  // A status that is good without being OK (a local server that needs no key) keeps the tick.
  const mark = statusInfo(key.status).tone === 'ok' ? '✓' : '✗';
  return `${mark} ${name} — ${statusInSentence(key.status)}${due}`;
}

function keyItem(key: KeySummary): TrayItem {
  return { kind: 'action', label: keyLabel(key), action: { type: 'test', id: key.id }, enabled: !key.testing };
}

/** Copying needs the secret: a key that cannot be opened or was changed outside the app is not offered. */
function copyItem(key: KeySummary): TrayItem {
  const usable = key.status !== 'cannot_decrypt' && key.status !== 'changed_outside';
  return { kind: 'action', label: shorten(key.name), action: { type: 'copy', id: key.id }, enabled: usable };
}

/** One item per key; above GROUP_THRESHOLD keys, one submenu per provider. */
function keyItems(keys: readonly KeySummary[], item: (key: KeySummary) => TrayItem = keyItem): TrayItem[] {
  if (keys.length <= GROUP_THRESHOLD) return keys.map(item);
  return providerIds
    .map((id: ProviderId) => ({ id, keys: keys.filter((k) => k.provider === id) }))
    .filter((group) => group.keys.length > 0)
    .map((group) => ({
      kind: 'submenu',
      label: `${providers[group.id].label} (${group.keys.length})`,
      items: group.keys.map(item),
    }));
}

export function buildTrayMenu({ keys, progress }: TrayState): TrayItem[] {
  const running = progress?.running ?? false;
  const testAllLabel = running ? `Testing ${progress?.done ?? 0} of ${progress?.total ?? 0}…` : 'Test all keys';
  return [
    { kind: 'label', label: summaryLine(keys) },
    { kind: 'separator' },
    { kind: 'action', label: testAllLabel, action: { type: 'test-all' }, enabled: !running && keys.length > 0 },
    ...(keys.length > 0
      ? [
          { kind: 'separator' } as const,
          { kind: 'label', label: 'Click a key to test it' } as const,
          ...keyItems(keys),
          { kind: 'separator' } as const,
          { kind: 'submenu', label: 'Copy key', items: keyItems(keys, copyItem) } as const,
        ]
      : []),
    { kind: 'separator' },
    { kind: 'action', label: 'Open API Key Management', action: { type: 'open' }, enabled: true },
    { kind: 'action', label: 'Quit', action: { type: 'quit' }, enabled: true },
  ];
}
