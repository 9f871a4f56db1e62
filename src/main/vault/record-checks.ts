/**
 * What the vault checks before a stored record is used, and how it seals a secret into one:
 * - `open` decrypts; a ciphertext this computer cannot open marks the record `cannot_decrypt`;
 * - `trust` checks where the record would send its key (destination.ts); a destination changed outside
 *   the app marks it `changed_outside`, and the key is never decrypted for use or lent to anything;
 * - `seal` encrypts a secret and binds the record's destination to the new ciphertext.
 * The marks live in memory: they describe this run's view of the file, and are re-made on each start.
 */
import { AppError } from '../../shared/ipc/result';
import { changedOutsideMessage, createDestinationGuard } from './destination';
import type { Fingerprinter } from './fingerprint';
import type { Protection } from './protection';
import type { StoredKey } from './record';
import type { Blocked } from './summary';
import { openWithRetry } from './unseal';

type Sealed = Pick<StoredKey, 'ciphertext' | 'backend' | 'binding' | 'sessionOnly'>;

/** A key kept on disk must never silently become memory-only: it would vanish when the app quits. */
export function wouldLeaveDisk(
  record: Pick<StoredKey, 'sessionOnly'>,
  sealed: Pick<StoredKey, 'sessionOnly'>,
): boolean {
  return Boolean(sealed.sessionOnly) && !record.sessionOnly;
}

export function createRecordChecks(protection: Protection, fingerprints: Fingerprinter) {
  const unreadable = new Set<string>();
  const changed = new Set<string>();
  const guard = createDestinationGuard(fingerprints);
  /**
   * Records whose destination verified this run. The vault replaces a record on every change and never
   * edits one in place, so the same object verifies the same way: a test-all need not recompute a MAC per key.
   */
  const verified = new WeakSet<StoredKey>();

  return {
    blocked(id: string): Blocked | undefined {
      if (changed.has(id)) return 'changed_outside';
      return unreadable.has(id) ? 'cannot_decrypt' : undefined;
    },
    forget(id: string): void {
      unreadable.delete(id);
      changed.delete(id);
    },
    /** How many records are marked (either way). */
    count: () => new Set([...unreadable, ...changed]).size,

    /** Opens a record; a failure marks it unreadable (shown as such) instead of breaking the others. */
    async open(record: StoredKey) {
      try {
        const opened = await openWithRetry(
          protection.cipherFor(record.backend),
          Buffer.from(record.ciphertext, 'base64'),
        );
        unreadable.delete(record.id);
        return opened;
      } catch (error) {
        if (error instanceof AppError && error.code !== 'cannot_decrypt') throw error;
        unreadable.add(record.id);
        throw new AppError(
          'cannot_decrypt',
          `"${record.name}" cannot be decrypted on this computer (the keychain changed, or the file came from elsewhere). Re-enter it or delete it.`,
        );
      }
    },

    /** The record to use (with a first binding if it had none and may have one), or changed_outside. */
    async trust(record: StoredKey): Promise<StoredKey> {
      if (verified.has(record)) return record;
      const verdict = await guard.verdict(record);
      if (!verdict.trusted) {
        changed.add(record.id);
        throw new AppError('changed_outside', changedOutsideMessage(record.name));
      }
      changed.delete(record.id);
      const trusted = verdict.binding ? { ...record, binding: verdict.binding } : record;
      verified.add(trusted);
      return trusted;
    },

    async seal(destination: Pick<StoredKey, 'provider' | 'endpoint'>, secret: string): Promise<Sealed> {
      const sealed = await protection.seal(secret);
      // A binding written to disk must still verify after a restart: its secret must be on disk too.
      if (!sealed.sessionOnly) await fingerprints.persist();
      const ciphertext = Buffer.from(sealed.ciphertext).toString('base64');
      return {
        ciphertext,
        backend: sealed.backend,
        binding: await guard.bindingOf({ ...destination, ciphertext }),
        sessionOnly: sealed.sessionOnly || undefined,
      };
    },
  };
}
