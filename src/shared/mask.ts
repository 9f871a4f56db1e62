/**
 * The masked hint shown instead of a key, e.g. `sk-proj-…a1b2`. Only prefixes that every key of a kind
 * shares are shown (they carry no secret), plus a short tail so the user can tell keys apart. The tail
 * shrinks for short keys so that most of the key always stays hidden.
 */
import { providerList } from './provider-catalog';

/** Every provider's public prefixes, longest first, so `sk-ant-api03-` wins over `sk-ant-` and `sk-`. */
const publicPrefixes = [...new Set(providerList.flatMap((p) => p.maskPrefixes))].sort((a, b) => b.length - a.length);

export const MASK = '…';

export function maskSecret(secret: string): string {
  const prefix = publicPrefixes.find((p) => secret.startsWith(p) && secret.length - p.length >= 16) ?? '';
  const rest = secret.length - prefix.length;
  // At most 4 characters, and never more than a fifth of what the prefix leaves.
  const tailLength = Math.min(4, Math.floor(rest / 5));
  const tail = tailLength > 0 ? secret.slice(-tailLength) : '';
  return `${prefix}${MASK}${tail}`;
}
