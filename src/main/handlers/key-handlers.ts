/** keys:* — add, list, details, rename, rotate, remove, test, model, copy hint. */
import type { KeySummary } from '../../shared/keys';
import { AppError } from '../../shared/ipc/result';
import type { AuditLog } from '../audit/audit-log';
import type { CoreDeps } from '../ports';
import type { SettingsStore } from '../settings-store';
import type { TestRunner } from '../testing/test-runner';
import type { RecentlyDeleted } from '../trash/recently-deleted';
import type { Vault } from '../vault/vault';
import type { Handlers } from './types';

type KeyChannels =
  | 'keys:list'
  | 'keys:details'
  | 'keys:add'
  | 'keys:remove'
  | 'keys:test'
  | 'keys:test-all'
  | 'keys:cancel-tests'
  | 'keys:set-model'
  | 'keys:set-spend-check'
  | 'keys:rename'
  | 'keys:rotate'
  | 'keys:copy-hint';

export interface KeyHandlerDeps extends Pick<CoreDeps, 'copyText'> {
  vault: Vault;
  runner: TestRunner;
  settings: SettingsStore;
  audit: AuditLog;
  trash: RecentlyDeleted;
  /** These keys changed (keys:updated); no ids: many did (keys:changed, the whole list). */
  announceChange(ids?: readonly string[]): void;
  announceRemoved(id: string): void;
  /** A key's secret was deleted or replaced: anything granted for it ends. */
  secretGone(id: string): void;
}

export function keyHandlers(deps: KeyHandlerDeps): Pick<Handlers, KeyChannels> {
  const { vault, runner, settings, audit, announceChange, announceRemoved, trash } = deps;

  async function summary(id: string): Promise<KeySummary> {
    const key = await vault.get(id);
    if (!key) throw new AppError('not_found', 'That key no longer exists; the list has been refreshed.');
    return key;
  }

  const record = (
    event: 'added' | 'renamed' | 'rotated' | 'model_changed' | 'spend_check_changed' | 'deleted' | 'imported',
    key: KeySummary,
    detail?: string,
  ) =>
    void audit.append({
      event,
      keyId: key.id,
      keyName: key.name,
      provider: key.provider,
      ...(detail ? { detail } : {}),
    });

  return {
    'keys:list': () => vault.list(),
    'keys:details': ({ id }) => vault.details(id),
    'keys:add': async (input) => {
      const added = await vault.add(input);
      record('added', added);
      announceChange([added.id]);
      if ((await settings.get()).testAfterAdd) {
        runner.test(added.id).catch(() => undefined);
        return { ...added, testing: true };
      }
      return added;
    },
    'keys:remove': async ({ id }) => {
      const key = await summary(id);
      await trash.remove(id);
      deps.secretGone(id);
      record('deleted', key, 'to Recently deleted');
      announceRemoved(id);
      return { id };
    },
    'keys:test': async ({ id }) => {
      await summary(id); // not_found before any work
      await runner.test(id);
      return summary(id);
    },
    'keys:test-all': () => runner.testAll(),
    'keys:cancel-tests': async () => ({ cancelled: runner.cancelAll() }),
    'keys:set-model': async ({ id, model }) => {
      const updated = await vault.setModel(id, model);
      record('model_changed', updated, model || 'any model');
      announceChange([id]);
      return updated;
    },
    'keys:set-spend-check': async ({ id, enabled }) => {
      const updated = await vault.setSpendCheck(id, enabled);
      record('spend_check_changed', updated, enabled ? 'on' : 'off');
      announceChange([id]);
      return updated;
    },
    'keys:rename': async ({ id, name }) => {
      const { key, previous } = await vault.rename(id, name);
      record('renamed', key, `was "${previous}"`);
      announceChange([id]);
      return key;
    },
    'keys:rotate': async ({ id, secret, override }) => {
      const current = await summary(id);
      // Before spending a provider call: a trusted destination (the new secret is tested there), and
      // neither the same secret again nor one stored under another name.
      await vault.checkRotation(id, secret);
      // The new secret is tested before it replaces the old one.
      const result = await runner.testSecret(current, secret);
      if (result?.outcome !== 'ok' && !override) return { rotated: false, result, key: current };
      await trash.rotate(id, secret); // the previous secret waits in Recently deleted
      deps.secretGone(id);
      record('rotated', current, result ? `new key: ${result.outcome}` : undefined);
      if (result) await vault.recordTest(id, result);
      if (result?.outcome === 'ok') await trash.secretConfirmed(id);
      announceChange([id]);
      return { rotated: true, result, key: await summary(id) };
    },
    'keys:copy-hint': async ({ id }) => {
      const key = await summary(id);
      deps.copyText(key.hint);
      return { copied: true };
    },
  };
}
