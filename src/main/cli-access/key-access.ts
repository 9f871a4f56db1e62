/**
 * What `aikm` may ask the app, behind explicit ports (no Electron, no core): list and test keys freely;
 * lend secrets only after the user's approval (or an 8-hour grant they gave), and audit every request,
 * grant, denial and use with the command line — never the key. The plaintext is taken from `withSecret`
 * at the last moment and leaves this module only in the answer to the request that was approved.
 */
import type { KeySummary } from '../../shared/keys';
import { envNameProblem } from '../key-use/env-names';
import type { EnvNamesFor, KeyUseAudit, KeyUseEvent, WithSecret } from '../key-use/ports';
import { APPROVAL_TIMEOUT_MS, type ApprovalOutcome, type Approve, createApprovals } from './approvals';
import { AccessRefusal, findByName, keyForProvider, namedKey } from './choose-key';
import { type Grant, createGrants } from './grants';
import type { AccessAnswer, AccessRequest, KeyView, LentKey } from './messages';
import { type InspectProcess, type ResolvedRequester, resolveRequester } from './requester';

export interface KeyAccessPorts {
  /** Summaries as the core lists them (with rotationDue). */
  listKeys(): Promise<KeySummary[]>;
  /** Runs the app's own tests of these keys; answers their summaries once the results are stored. */
  testKeys(ids: string[]): Promise<KeySummary[]>;
  withSecret: WithSecret;
  envNamesFor: EnvNamesFor;
  /** Main's native dialog (shows with only the tray running); this module enforces one at a time and 60 s. */
  approve: Approve;
  audit: KeyUseAudit;
  clock: { now(): number };
  /** Reads a process's executable, argv, cwd and parent to verify the requester (Linux: /proc). */
  inspect: InspectProcess;
  /** How long a prompt waits before it counts as a denial (60 s; tests shorten it). */
  approvalTimeoutMs?: number;
}

export interface RequestContext {
  /** Tells the waiting terminal what is happening (e.g. "waiting for your answer"). */
  notify(message: string): void;
  /** Fires when the requester hangs up: its prompt is withdrawn and nothing is lent. */
  withdrawn: AbortSignal;
}

export function toView(key: KeySummary): KeyView {
  return {
    id: key.id,
    name: key.name,
    provider: key.provider,
    hint: key.hint,
    status: key.status,
    lastTest: key.lastTest && {
      outcome: key.lastTest.outcome,
      message: key.lastTest.message,
      testedAt: key.lastTest.testedAt,
    },
    rotationDue: key.rotationDue,
    endpoint: key.endpoint?.name ?? null,
  };
}

const seconds = (ms: number) => `${Math.ceil(ms / 1000)} ${Math.ceil(ms / 1000) === 1 ? 'second' : 'seconds'}`;
const denials = (timeoutMs: number): Record<ApprovalOutcome['reason'], string> => ({
  answered: 'You denied the request in AI Key Manager.',
  timeout: `No answer in AI Key Manager within ${seconds(timeoutMs)}; the request was denied.`,
  withdrawn: 'The request was withdrawn.',
  busy: 'Too many requests are waiting for an answer in AI Key Manager; try again in a moment.',
  failed: 'AI Key Manager could not show its prompt; the request was denied.',
});

export function createKeyAccess(ports: KeyAccessPorts) {
  const grants = createGrants(() => ports.clock.now());
  const timeoutMs = ports.approvalTimeoutMs ?? APPROVAL_TIMEOUT_MS;
  const ask = createApprovals(ports.approve, timeoutMs);
  const DENIALS = denials(timeoutMs);

  const record = (event: KeyUseEvent, key: Pick<KeySummary, 'id' | 'name' | 'provider'>, detail: string) =>
    ports.audit({ event, keyId: key.id, keyName: key.name, provider: key.provider, detail });

  function describe(who: ResolvedRequester): string {
    const program = who.executableVerified ? who.executable : `${who.executable} (claimed)`;
    return `${who.commandLine} — in ${who.cwd} — for ${program}${who.processVerified ? '' : ' — requester unverified'}`;
  }

  /** Asks for what is not granted yet, then lends the secrets; every step is audited. */
  async function lend(
    purpose: 'run' | 'get',
    targets: Map<KeySummary, Set<string>>,
    who: ResolvedRequester,
    context: RequestContext,
  ): Promise<AccessAnswer> {
    const keys = [...targets.keys()];
    const line = describe(who);
    for (const key of keys) record('access_requested', key, `${purpose}: ${line}`);
    const needing = keys.filter((key) => !grants.find(key.id, who.executable));
    if (needing.length > 0) {
      context.notify(`Waiting for your answer in AI Key Manager (allow ${needing.map((k) => k.name).join(', ')})…`);
      const { commandLine, cwd, executable, processVerified, executableVerified } = who;
      const request = {
        purpose,
        keys: needing.map((k) => ({ name: k.name, provider: k.provider })),
        commandLine,
        cwd,
        executable,
        processVerified,
        executableVerified,
      };
      const outcome = await ask(request, context.withdrawn);
      if (outcome.answer === 'deny') {
        for (const key of needing)
          record('access_denied', key, `${outcome.reason === 'answered' ? 'denied' : outcome.reason}: ${line}`);
        throw new AccessRefusal('denied', DENIALS[outcome.reason]);
      }
      for (const key of needing) {
        if (outcome.answer === 'hours8') grants.add(key, who.executable);
        record('access_granted', key, `${outcome.answer === 'hours8' ? 'for 8 hours' : 'once'}: ${line}`);
      }
    }
    // The requester may have left while the user answered: then nothing is decrypted for it.
    if (context.withdrawn.aborted) throw new AccessRefusal('denied', DENIALS.withdrawn);
    const lent: LentKey[] = [];
    for (const [key, variables] of targets) {
      lent.push(
        await ports.withSecret(key.id, async (secret, fresh) => ({
          name: fresh.name,
          hint: fresh.hint,
          variables: [...variables],
          secret,
        })),
      );
      record('key_used', key, `${purpose === 'run' ? `into ${[...variables].join(', ')}` : 'printed'}: ${line}`);
    }
    return { type: 'secrets', keys: lent };
  }

  function runTargets(
    keys: KeySummary[],
    request: Extract<AccessRequest, { command: 'run' }>,
  ): Map<KeySummary, Set<string>> {
    const targets = new Map<KeySummary, Set<string>>();
    const add = (key: KeySummary, variables: string[]) => {
      const set = targets.get(key) ?? new Set<string>();
      for (const v of variables) set.add(v);
      targets.set(key, set);
    };
    for (const name of request.keys) {
      const key = namedKey(keys, name, request.anyway);
      add(key, ports.envNamesFor(key));
    }
    for (const provider of request.providers) {
      const key = keyForProvider(keys, provider, request.anyway);
      add(key, ports.envNamesFor(key));
    }
    for (const { variable, name } of request.env) add(namedKey(keys, name, request.anyway), [variable]);
    if (targets.size === 0)
      throw new AccessRefusal('invalid_request', 'Name at least one key: --key NAME, --provider ID or --env VAR=NAME.');
    const owner = new Map<string, string>();
    for (const [key, variables] of targets) {
      for (const variable of variables) {
        const problem = envNameProblem(variable);
        if (problem) throw new AccessRefusal('bad_variable', problem);
        const other = owner.get(variable);
        if (other !== undefined && other !== key.name)
          throw new AccessRefusal(
            'bad_variable',
            `${variable} would get two keys (${other} and ${key.name}); use --env to choose.`,
          );
        owner.set(variable, key.name);
      }
    }
    return targets;
  }

  async function answer(request: AccessRequest, context: RequestContext): Promise<AccessAnswer> {
    const keys = await ports.listKeys();
    switch (request.command) {
      case 'list':
      case 'status':
        return { type: 'keys', keys: keys.map(toView) };
      case 'test': {
        const chosen = request.all ? keys : request.names.map((name) => findByName(keys, name));
        if (chosen.length === 0)
          throw new AccessRefusal(
            'invalid_request',
            request.all ? 'No keys are stored.' : 'Name a key to test, or --all.',
          );
        return { type: 'tested', keys: (await ports.testKeys([...new Set(chosen.map((k) => k.id))])).map(toView) };
      }
      case 'run': {
        const targets = runTargets(keys, request);
        const who = await resolveRequester(
          request.requester,
          { kind: 'run', file: request.program.file, args: request.program.args },
          ports.inspect,
        );
        return lend('run', targets, who, context);
      }
      case 'get': {
        const key = namedKey(keys, request.name, request.anyway);
        return lend(
          'get',
          new Map([[key, new Set<string>()]]),
          await resolveRequester(request.requester, { kind: 'get' }, ports.inspect),
          context,
        );
      }
    }
  }

  /** Answers a validated request; a refusal becomes an error answer, anything unexpected a generic one (never its text). */
  async function handle(request: AccessRequest, context: RequestContext): Promise<AccessAnswer> {
    try {
      return await answer(request, context);
    } catch (error) {
      if (error instanceof AccessRefusal) {
        return {
          type: 'error',
          code: error.code,
          message: error.message,
          ...(error.candidates?.length ? { candidates: error.candidates } : {}),
        };
      }
      return { type: 'error', code: 'internal', message: 'AI Key Manager could not answer this request.' };
    }
  }

  return {
    handle,
    /** For the Security page: live grants, newest first (in memory; a restart forgets them). */
    listGrants: (): Grant[] => grants.list(),
    revokeGrant(id: string): boolean {
      const grant = grants.revoke(id);
      if (grant)
        record(
          'grant_revoked',
          { id: grant.keyId, name: grant.keyName, provider: grant.provider },
          `for ${grant.executable}`,
        );
      return grant !== null;
    },
    /** A key deleted or rotated: its grants go with it. */
    forgetKey: (keyId: string) => void grants.revokeKey(keyId),
  };
}

export type KeyAccess = ReturnType<typeof createKeyAccess>;
