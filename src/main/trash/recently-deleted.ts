/**
 * Recently deleted, like a password manager's trash: deleting a key, or rotating it, never destroys a
 * secret at once, so a compromised window cannot wipe keys by calling the channels. A deleted key and
 * the previous secret of a rotated key stay encrypted here, unusable (nothing tests them), restorable
 * for TRASH_DAYS, then purged; a previous secret goes as soon as the new one passes a test. Erasing one
 * earlier ("Delete now") is confirmed by main's own dialog. Every move is in the audit log.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { type KeySummary, NAME_MAX } from '../../shared/keys';
import { providers } from '../../shared/provider-catalog';
import { TRASH_DAYS, TRASH_MS, type TrashItem } from '../../shared/trash';
import type { AuditLog } from '../audit/audit-log';
import type { Confirm } from '../confirm';
import type { StoredKey } from '../vault/record';
import type { Vault } from '../vault/vault';
import type { TrashEntry, TrashKind, TrashStore } from './trash-store';

export interface RecentlyDeletedDeps {
  vault: Vault;
  store: TrashStore;
  audit: Pick<AuditLog, 'append'>;
  confirm: Confirm;
  now: () => number;
  newId?: () => string;
}

const what = (entry: TrashEntry) => (entry.kind === 'deleted' ? 'key' : 'previous key');
const previousName = (name: string) => `${name.slice(0, NAME_MAX - ' (previous)'.length)} (previous)`;

export function createRecentlyDeleted({ vault, store, audit, confirm, now, newId = randomUUID }: RecentlyDeletedDeps) {
  /** Items being restored: "Delete now" must not erase one halfway through. */
  const restoring = new Set<string>();
  const expired = (entry: TrashEntry) => now() - Date.parse(entry.deletedAt) >= TRASH_MS;
  const log = (event: 'restored' | 'purged', entry: TrashEntry, detail: string) =>
    void audit.append({
      event,
      keyId: entry.record.id,
      keyName: entry.record.name,
      provider: entry.record.provider,
      detail,
    });

  function toItem(entry: TrashEntry): TrashItem {
    const { record } = entry;
    const purgeAt = new Date(Date.parse(entry.deletedAt) + TRASH_MS).toISOString();
    return {
      id: entry.id,
      kind: entry.kind,
      keyId: record.id,
      name: record.name,
      provider: record.provider,
      model: record.model,
      hint: record.hint,
      endpoint: record.endpoint ?? null,
      deletedAt: entry.deletedAt,
      purgeAt,
    };
  }

  async function purgeExpired(): Promise<number> {
    const gone = await store.take(expired);
    for (const entry of gone) log('purged', entry, `${what(entry)}, after ${TRASH_DAYS} days`);
    return gone.length;
  }

  async function find(id: string): Promise<TrashEntry> {
    await purgeExpired();
    const entry = (await store.list()).find((e) => e.id === id);
    if (!entry)
      throw new AppError('not_found', 'That item is no longer in Recently deleted; the list has been refreshed.');
    if (restoring.has(id)) throw new AppError('invalid_input', 'That item is being restored right now.');
    return entry;
  }

  /** Runs a vault change that hands over a record; if the change is not written, the copy is taken back. */
  async function moving<T>(
    kind: TrashKind,
    change: (keep: (record: StoredKey) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    const kept: { entry?: TrashEntry } = {};
    try {
      return await change(async (record) => {
        kept.entry = await store.put(kind, record, new Date(now()));
      });
    } catch (error) {
      const copy = kept.entry;
      if (copy) await store.take((e) => e.id === copy.id).catch(() => undefined); // the key is still stored
      throw error;
    }
  }

  return {
    purgeExpired,
    /** Moves a key to Recently deleted (the vault writes its removal only once the copy is kept). */
    remove: (id: string) => moving('deleted', (keep) => vault.remove(id, keep)),
    /** Rotates a key; the secret it replaces is kept in Recently deleted. */
    rotate: (id: string, secret: string) => moving('replaced', (keep) => vault.rotate(id, secret, keep)),

    async list(): Promise<TrashItem[]> {
      await purgeExpired();
      return (await store.list()).map(toItem).reverse();
    },

    /** A deleted key comes back as it was; a previous secret comes back as a key of its own. */
    async restore(id: string, name?: string): Promise<KeySummary> {
      const entry = await find(id);
      restoring.add(id);
      try {
        const live = entry.kind === 'deleted' ? await vault.get(entry.record.id) : null;
        if (live) {
          await store.take((e) => e.id === id); // an interrupted delete left a copy behind: the key is here
          return live;
        }
        const wanted = name ?? (entry.kind === 'deleted' ? entry.record.name : previousName(entry.record.name));
        const record: StoredKey =
          entry.kind === 'deleted'
            ? { ...entry.record, name: wanted }
            : { ...entry.record, id: newId(), name: wanted, updatedAt: new Date(now()).toISOString() };
        const key = await vault.insert(record).catch((error: unknown) => {
          if (!(error instanceof AppError) || error.code !== 'duplicate_name') throw error;
          const message = `A key named "${wanted}" already exists, so this ${what(entry)} was not restored. Restore it under another name.`;
          throw new AppError('duplicate_name', message, { name: message });
        });
        await store.take((e) => e.id === id);
        log('restored', entry, entry.kind === 'deleted' ? 'from Recently deleted' : `previous key, as "${key.name}"`);
        return key;
      } finally {
        restoring.delete(id);
      }
    },

    /** "Delete now": erased for good, only if the user says so in main's own dialog. */
    async purge(id: string): Promise<{ purged: boolean }> {
      const entry = await find(id);
      const { name, hint, provider } = entry.record;
      const agreed = await confirm({
        title: 'Delete now',
        message: `Delete the ${what(entry)} "${name}" now?`,
        detail: `The encrypted key ${hint} for ${providers[provider].label} is erased from this computer and cannot be restored. This does not revoke it at the provider.`,
        confirmLabel: 'Delete now',
      });
      if (!agreed) return { purged: false };
      const gone = await store.take((e) => e.id === id);
      for (const e of gone) log('purged', e, `${what(e)}, by you`);
      return { purged: gone.length > 0 };
    },

    /** The key's current secret passed a test: the secrets it replaced are not needed any more. */
    async secretConfirmed(keyId: string): Promise<void> {
      const gone = await store.take((e) => e.kind === 'replaced' && e.record.id === keyId);
      for (const entry of gone) log('purged', entry, 'previous key; the new one passed a test');
    },

    /** At start: a delete or restore interrupted by a crash can leave a key in both places; the stored key wins. */
    async reconcile(): Promise<void> {
      const since = now(); // a key deleted after this look at the vault is not a leftover
      const live = new Set((await vault.list()).map((k) => k.id));
      await store.take((e) => e.kind === 'deleted' && live.has(e.record.id) && Date.parse(e.deletedAt) < since);
    },
  };
}

export type RecentlyDeleted = ReturnType<typeof createRecentlyDeleted>;
