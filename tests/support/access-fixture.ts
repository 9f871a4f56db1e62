/**
 * The app's `aikm` side in the test process, without Electron: createCliAccess over stand-in ports (keys
 * as summaries, secrets in a Map, approvals answered by a script), listening in a fresh private
 * directory; `aikm` runs as a real child process against it. Everything the app would log or audit is
 * kept so tests can look for the canary in it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApprovalAnswer, ApprovalRequest } from '../../src/main/cli-access/approvals';
import { type CliAccess, createCliAccess } from '../../src/main/cli-access/create-cli-access';
import { inspectorFor } from '../../src/main/cli-access/requester';
import { accessLocation } from '../../src/main/cli-access/location';
import { defaultEnvNamesFor } from '../../src/main/key-use/default-env-names';
import type { KeyUseAuditEntry } from '../../src/main/key-use/ports';
import type { KeySummary } from '../../src/shared/keys';
import { buildCli } from './build-cli';

export interface Answerer {
  (request: ApprovalRequest, signal: AbortSignal): Promise<ApprovalAnswer>;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export async function startAccess(
  keys: KeySummary[],
  secrets: Record<string, string>,
  options: { approve?: Answerer; now?: () => number; approvalTimeoutMs?: number } = {},
) {
  // Short: a Unix socket path must stay under ~104 bytes.
  const root = mkdtempSync('/tmp/aikm-t-');
  const dir = join(root, 'd');
  const env = { ...process.env, AIKM_SOCKET_DIR: dir };
  const audit: KeyUseAuditEntry[] = [];
  const logs: string[] = [];
  const prompts: ApprovalRequest[] = [];
  const tested: string[] = [];
  let approve: Answerer = options.approve ?? (async () => 'once');
  const access: CliAccess = createCliAccess({
    location: accessLocation(env),
    listKeys: async () => keys,
    testKeys: async (ids) => {
      tested.push(...ids);
      return keys.filter((k) => ids.includes(k.id));
    },
    withSecret: async (id, use) => {
      const key = keys.find((k) => k.id === id);
      const secret = secrets[id];
      if (!key || secret === undefined) throw new Error('no such key');
      return use(secret, key);
    },
    envNamesFor: defaultEnvNamesFor,
    approve: (request, signal) => {
      prompts.push(request);
      return approve(request, signal);
    },
    audit: (entry) => void audit.push(entry),
    clock: { now: options.now ?? (() => Date.now()) },
    inspect: inspectorFor(process.platform),
    ...(options.approvalTimeoutMs ? { approvalTimeoutMs: options.approvalTimeoutMs } : {}),
    log: { warn: (message) => void logs.push(message) },
  });
  await access.start();
  const cli = await buildCli();

  /** Runs aikm to completion; `onSpawn` gets the child (to signal it). */
  function run(
    args: string[],
    extra: { env?: NodeJS.ProcessEnv; onSpawn?: (child: ChildProcess) => void } = {},
  ): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...env, ...extra.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (d) => (stdout += d));
      child.stderr?.on('data', (d) => (stderr += d));
      extra.onSpawn?.(child);
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  }

  return {
    access,
    dir,
    env,
    audit,
    logs,
    prompts,
    tested,
    run,
    answerWith: (next: Answerer) => void (approve = next),
    async close() {
      await access.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
export type AccessFixture = Awaited<ReturnType<typeof startAccess>>;

/** A Node one-liner that prints the sha256 of an environment variable: the key never appears in its output. */
export function hashOfEnv(variable: string): string[] {
  const code = `process.stdout.write(require('crypto').createHash('sha256').update(process.env[${JSON.stringify(variable)}] ?? '').digest('hex'))`;
  return [process.execPath, '-e', code];
}
