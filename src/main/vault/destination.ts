/**
 * Where a stored key may be sent is decided by its record's provider and, for a custom provider, its
 * base URL. Both live in keys.json, which any program running as the user can edit; without a check,
 * adding `"endpoint": {"baseUrl": "https://attacker/v1"}` to an OpenAI record would have the next
 * scheduled test send the decrypted key there. So each record carries a binding: a keyed MAC (the
 * keychain-sealed secret of fingerprint.ts) over its provider, base URL and ciphertext. A record is
 * used only when its destination follows the rules for new input and its binding matches.
 *
 * Records written before bindings existed (or whose binding was made with a secret that is gone, or
 * stripped by an attacker — the three look alike) are bound on first use only when they go to their
 * built-in provider's own API, an address an attacker cannot choose. A custom record without a valid
 * binding is never trusted: its address may have been written by anyone.
 */
import { endpointFitsProvider, endpointSchema } from '../../shared/keys';
import type { Fingerprinter } from './fingerprint';
import type { StoredKey } from './record';

type Destination = Pick<StoredKey, 'provider' | 'endpoint' | 'ciphertext'>;

export type Verdict = { trusted: true; binding?: string } | { trusted: false };

/** Follows the rules a new key's input must follow (https, or http to this computer; custom only). */
function followsInputRules({ provider, endpoint }: Destination): boolean {
  if (!endpointFitsProvider(provider, endpoint)) return false;
  if (!endpoint) return true;
  const parsed = endpointSchema.safeParse(endpoint);
  // A value the input rules would have normalised differently was not written by the app.
  return parsed.success && parsed.data.baseUrl === endpoint.baseUrl && parsed.data.name === endpoint.name;
}

export function createDestinationGuard(macs: Fingerprinter) {
  // NUL separates the fields and opens the message, so no API key (printable ASCII) can equal one.
  const bindingOf = (r: Destination) =>
    macs.of(`\u0000aikm-destination-v1\u0000${r.provider}\u0000${r.endpoint?.baseUrl ?? ''}\u0000${r.ciphertext}`);

  return {
    /** The binding to store with a record whose ciphertext or destination the app just wrote. */
    bindingOf,
    async verdict(record: StoredKey): Promise<Verdict> {
      if (!followsInputRules(record)) return { trusted: false };
      if (record.binding !== undefined && (await macs.isCurrent(record.binding))) {
        return { trusted: record.binding === (await bindingOf(record)) };
      }
      if (record.provider !== 'custom' && !record.endpoint) return { trusted: true, binding: await bindingOf(record) };
      return { trusted: false };
    },
  };
}

export function changedOutsideMessage(name: string): string {
  return `"${name}" was changed outside the app: where it would be sent no longer matches what was saved, so it is not used or tested. Delete it and add the key again.`;
}
