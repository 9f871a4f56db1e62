/** What aikm prints for list, status and test: plain columns for people, --json for scripts. */
import type { KeyView } from '../main/cli-access/messages';
import { isFailing, isKeyStatus, statusInSentence, works } from '../shared/status';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);
/** The app's own words and rules for a status (a status this aikm does not know reads as failing). */
const word = (status: string) => (isKeyStatus(status) ? statusInSentence(status) : status.replace(/_/g, ' '));
const failing = (k: KeyView) => !isKeyStatus(k.status) || isFailing(k.status);
export const working = (k: Pick<KeyView, 'status'>) => isKeyStatus(k.status) && works(k.status);

export function table(keys: readonly KeyView[]): string {
  if (keys.length === 0) return 'No keys are stored. Add one in AI Key Manager.';
  const rows = keys.map((k) => [
    k.name,
    k.endpoint ?? k.provider,
    word(k.status) + (k.rotationDue ? ' (rotate)' : ''),
    k.lastTest ? when(k.lastTest.testedAt) : 'never',
  ]);
  const header = ['NAME', 'PROVIDER', 'STATUS', 'LAST TEST'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows]
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}

export function status(keys: readonly KeyView[]): string {
  const ok = keys.filter(working).length;
  const untested = keys.filter((k) => k.status === 'not_tested').length;
  const bad = keys.filter(failing);
  const due = keys.filter((k) => k.rotationDue).length;
  const lines = [
    `AI Key Manager is running. ${keys.length} ${keys.length === 1 ? 'key' : 'keys'}: ${ok} OK, ${bad.length} failing, ${untested} not tested${due ? `; ${due} due for rotation` : ''}.`,
  ];
  for (const k of bad) lines.push(`  ✗ ${k.name} — ${word(k.status)}${k.lastTest ? `: ${k.lastTest.message}` : ''}`);
  return lines.join('\n');
}

export function tested(keys: readonly KeyView[]): string {
  return keys.map((k) => `${working(k) ? '✓' : '✗'} ${k.name} — ${k.lastTest?.message ?? word(k.status)}`).join('\n');
}
