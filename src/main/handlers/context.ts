/** What the handler modules share: the core's services, built once in core.ts. */
import type { KeySummary } from '../../shared/keys';
import type { AuditLog } from '../audit/audit-log';
import type { CoreDeps } from '../core';
import type { ImportSession } from '../import/env-import';
import type { RecentlyDeleted } from '../trash/recently-deleted';
import type { SettingsStore } from '../settings-store';
import type { TestRunner } from '../testing/test-runner';
import type { Vault } from '../vault/vault';

export interface HandlerContext {
  deps: CoreDeps;
  vault: Vault;
  runner: TestRunner;
  settings: SettingsStore;
  audit: AuditLog;
  announceChange(): void;
  listKeys(): Promise<KeySummary[]>;
  getKey(id: string): Promise<KeySummary | null>;
  focus: { pending: string | null };
  /** Import candidates (plaintext behind tokens), forgotten when their time is up or the window closes. */
  imports: ImportSession;
  trash: RecentlyDeleted;
}
