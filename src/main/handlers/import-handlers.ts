/** import:* — find keys in the environment or a .env file, and import the chosen ones. */
import { basename } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { KeySummary } from '../../shared/keys';
import type { AuditLog } from '../audit/audit-log';
import { type ImportSession, importVariables, parseDotEnv } from '../import/env-import';
import { readEnvFile } from '../import/read-env-file';
import type { CoreDeps } from '../ports';
import type { SettingsStore } from '../settings-store';
import type { TestRunner } from '../testing/test-runner';
import type { Vault } from '../vault/vault';
import type { Handlers } from './types';

export interface ImportHandlerDeps extends Pick<CoreDeps, 'env' | 'pickFile'> {
  vault: Vault;
  runner: TestRunner;
  settings: SettingsStore;
  audit: AuditLog;
  /** Import candidates (plaintext behind tokens), forgotten when their time is up or the window closes. */
  session: ImportSession;
  announceChange(ids?: readonly string[]): void;
}

export function importHandlers(
  deps: ImportHandlerDeps,
): Pick<Handlers, 'import:scan-environment' | 'import:open-file' | 'import:commit'> {
  const { vault, runner, settings, audit, announceChange, session } = deps;

  return {
    'import:scan-environment': async () => {
      session.clear();
      return session.offer(new Map(Object.entries(deps.env)), 'environment');
    },
    'import:open-file': async () => {
      const file = await deps.pickFile();
      if (!file) return { file: null, candidates: [] };
      const text = await readEnvFile(file);
      const candidates = session.offer(parseDotEnv(text), basename(file));
      if (candidates.length === 0)
        throw new AppError(
          'not_found',
          `No API keys found in ${basename(file)} (looked for ${importVariables.map(([name]) => name).join(', ')}).`,
        );
      return { file: basename(file), candidates };
    },
    'import:commit': async ({ items }) => {
      const imported: KeySummary[] = [];
      const failed: Array<{ token: string; message: string }> = [];
      for (const item of items) {
        const found = session.peek(item.token);
        if (!found) {
          failed.push({ token: item.token, message: 'This candidate expired; look for keys again.' });
          continue;
        }
        try {
          const key = await vault.add({
            provider: found.provider,
            model: item.model,
            name: item.name,
            secret: found.secret,
          });
          session.consume(item.token); // a failed item (e.g. a name clash) can be retried under another name
          void audit.append({
            event: 'imported',
            keyId: key.id,
            keyName: key.name,
            provider: key.provider,
            detail: `${found.variable} from ${found.source}`,
          });
          imported.push(key);
        } catch (error) {
          failed.push({
            token: item.token,
            message: error instanceof AppError ? error.message : 'Could not import this key.',
          });
        }
      }
      if (imported.length > 0) announceChange(imported.map((k) => k.id));
      // Each imported key is tested, as any new key is (when that setting is on).
      if ((await settings.get()).testAfterAdd) for (const key of imported) runner.test(key.id).catch(() => undefined);
      return { imported, failed };
    },
  };
}
