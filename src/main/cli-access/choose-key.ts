/**
 * Which stored key a name or a provider means. Names are matched exactly (ignoring case, as the app
 * compares them); anything else is refused with the close names listed — a prefix never picks a key,
 * so a typo cannot send the wrong one. `--provider` is health-aware: the keys whose last test passed,
 * most recently OK first, those due for rotation last. A key whose last test failed is refused with its
 * diagnosis unless the user says `--anyway`.
 */
import type { KeySummary } from '../../shared/keys';
import { nameKey } from '../../shared/keys';
import { providerIds } from '../../shared/providers';
import type { ErrorCode } from './messages';
import { maskKeyLike } from './requester';
import { isFailing } from '../../shared/status';

export class AccessRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly candidates?: string[],
  ) {
    super(message);
  }
}

/** Levenshtein distance, capped: only "close" matters. */
function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? cap + 1;
}

export function closeNames(keys: readonly KeySummary[], name: string): string[] {
  const wanted = nameKey(name);
  return keys
    .filter((k) => {
      const n = nameKey(k.name);
      return n.includes(wanted) || wanted.includes(n) || distance(n, wanted) <= 2;
    })
    .map((k) => k.name)
    .slice(0, 10);
}

/** The app's one vocabulary decides what counts as failing (shared/status.ts). */
export const lastTestFailed = (key: KeySummary) => isFailing(key.status);

function diagnosis(key: KeySummary): string {
  if (key.status === 'cannot_decrypt') return 'it cannot be decrypted on this computer';
  if (key.status === 'changed_outside') return 'where it is sent was changed outside the app';
  return key.lastTest ? `${key.lastTest.message} ${key.lastTest.hint}`.trim() : key.status;
}

export function findByName(keys: readonly KeySummary[], name: string): KeySummary {
  const wanted = nameKey(name);
  // Echoed in the refusal; someone may have typed a key where a name goes.
  const shown = maskKeyLike(name);
  const exact = keys.filter((k) => nameKey(k.name) === wanted || k.id === name);
  if (exact.length === 1) return exact[0] as KeySummary;
  const close = closeNames(keys, name);
  if (exact.length > 1)
    throw new AccessRefusal(
      'ambiguous_key',
      `More than one key is called "${shown}".`,
      exact.map((k) => k.name),
    );
  const starts = keys.filter((k) => nameKey(k.name).startsWith(wanted));
  if (starts.length > 1)
    throw new AccessRefusal(
      'ambiguous_key',
      `"${shown}" is the start of ${starts.length} key names; give the whole name.`,
      starts.map((k) => k.name).slice(0, 10),
    );
  throw new AccessRefusal('unknown_key', `No key is called "${shown}".`, close);
}

/** The named key, refused with its diagnosis when its last test failed (unless `anyway`). */
export function namedKey(keys: readonly KeySummary[], name: string, anyway: boolean): KeySummary {
  const key = findByName(keys, name);
  // A key the vault will not open is never lent, --anyway or not.
  if (key.status === 'cannot_decrypt' || key.status === 'changed_outside' || (!anyway && lastTestFailed(key))) {
    const retry = anyway ? '' : ' Test it again (aikm test), or pass --anyway to use it regardless.';
    throw new AccessRefusal('unhealthy_key', `${key.name} failed its last test: ${diagnosis(key)}${retry}`);
  }
  return key;
}

const okAt = (key: KeySummary) => (key.lastTest?.outcome === 'ok' ? Date.parse(key.lastTest.testedAt) : 0);

/** The provider's best key: last test passed, most recently OK first, rotation-due last. */
export function keyForProvider(keys: readonly KeySummary[], provider: string, anyway: boolean): KeySummary {
  if (!(providerIds as readonly string[]).includes(provider)) {
    throw new AccessRefusal(
      'unknown_provider',
      `Unknown provider "${maskKeyLike(provider)}"; use one of ${providerIds.join(', ')}.`,
    );
  }
  const mine = keys.filter((k) => k.provider === provider);
  const ranked = mine
    .filter((k) => k.status === 'ok' || (anyway && !['cannot_decrypt', 'changed_outside'].includes(k.status)))
    .sort(
      (a, b) =>
        Number(a.status !== 'ok') - Number(b.status !== 'ok') ||
        Number(a.rotationDue) - Number(b.rotationDue) ||
        okAt(b) - okAt(a),
    );
  const best = ranked[0];
  if (best) return best;
  if (mine.length === 0) throw new AccessRefusal('no_working_key', `No ${provider} key is stored.`);
  throw new AccessRefusal(
    'no_working_key',
    `No ${provider} key passed its last test. Test them (aikm test --all), or name one with --key NAME --anyway.`,
    mine.map((k) => `${k.name} (${k.status.replace(/_/g, ' ')})`),
  );
}
