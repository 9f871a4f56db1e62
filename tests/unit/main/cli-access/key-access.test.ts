/** Request logic without a socket: health-aware choice, names, variables, grants and their expiry, audit. */
import { describe, expect, it } from 'vitest';
import type { ApprovalAnswer } from '../../../../src/main/cli-access/approvals';
import { GRANT_MS } from '../../../../src/main/cli-access/grants';
import { type KeyAccessPorts, createKeyAccess } from '../../../../src/main/cli-access/key-access';
import type { AccessRequest, Requester } from '../../../../src/main/cli-access/messages';
import { noInspector } from '../../../../src/main/cli-access/requester';
import { defaultEnvNamesFor } from '../../../../src/main/key-use/default-env-names';
import type { KeyUseAuditEntry } from '../../../../src/main/key-use/ports';
import type { KeySummary } from '../../../../src/shared/keys';
import { summary } from '../../../support/key-summaries';

const ok = (name: string, testedAt: string, extra: Partial<KeySummary> = {}) =>
  summary(name, 'ok', {
    lastTest: { outcome: 'ok', message: 'Connected.', hint: '', latencyMs: 1, testedAt, model: '' },
    ...extra,
  });

const requester: Requester = {
  pid: 4242,
  ppid: 1,
  cwd: '/home/me/project',
  argv: ['node', 'aikm', 'run', '--', 'python', 'sk-proj-TYPEDINARGV0123456789'],
};
const program = { file: '/usr/bin/python3', args: [] };
const run = (targets: Partial<Extract<AccessRequest, { command: 'run' }>>): AccessRequest => ({
  command: 'run',
  requester,
  program,
  keys: [],
  providers: [],
  env: [],
  anyway: false,
  ...targets,
});

function setup(keys: KeySummary[], answers: ApprovalAnswer[] = []) {
  let now = Date.UTC(2026, 10, 26, 12);
  const audit: KeyUseAuditEntry[] = [];
  let prompts = 0;
  const ports: KeyAccessPorts = {
    listKeys: async () => keys,
    testKeys: async (ids) => keys.filter((k) => ids.includes(k.id)),
    withSecret: async (id, use) => use(`secret-of-${id}`, keys.find((k) => k.id === id) as KeySummary),
    envNamesFor: defaultEnvNamesFor,
    approve: async () => ((prompts += 1), answers.shift() ?? 'deny'),
    audit: (entry) => void audit.push(entry),
    clock: { now: () => now },
    inspect: noInspector,
  };
  const access = createKeyAccess(ports);
  const context = { notify: () => undefined, withdrawn: new AbortController().signal };
  return {
    ports,
    access,
    audit,
    ask: (r: AccessRequest) => access.handle(r, context),
    prompts: () => prompts,
    advance: (ms: number) => (now += ms),
  };
}

describe('key access', () => {
  it('--provider: passed last test, most recently OK first, rotation-due last; none working says why', async () => {
    const older = ok('Older', '2026-11-20T00:00:00.000Z');
    const newer = ok('Newer-but-due', '2026-11-25T00:00:00.000Z', { rotationDue: true });
    const recent = ok('Recent', '2026-11-24T00:00:00.000Z');
    const failing = summary('Failing', 'invalid_key');
    const { ask } = setup([older, newer, failing, recent], ['once', 'once']);
    const answer = await ask(run({ providers: ['openai'] }));
    expect(answer).toMatchObject({ type: 'secrets', keys: [{ name: 'Recent', variables: ['OPENAI_API_KEY'] }] });
    expect(await ask(run({ providers: ['anthropic'] }))).toMatchObject({ type: 'error', code: 'no_working_key' });
    expect(await ask(run({ providers: ['mistral'] }))).toMatchObject({ type: 'error', code: 'unknown_provider' });
  });

  it('names are exact (ignoring case); a shared start is ambiguous and lists the names', async () => {
    const { ask } = setup(
      [ok('OpenAI-Prod', '2026-11-20T00:00:00.000Z'), ok('OpenAI-Dev', '2026-11-20T00:00:00.000Z')],
      ['once'],
    );
    expect(await ask(run({ keys: ['openai-prod'] }))).toMatchObject({ type: 'secrets' });
    expect(await ask(run({ keys: ['OpenAI'] }))).toEqual({
      type: 'error',
      code: 'ambiguous_key',
      message: expect.stringContaining('give the whole name'),
      candidates: ['OpenAI-Prod', 'OpenAI-Dev'],
    });
  });

  it('refuses two keys for one variable, and variables that change how programs start', async () => {
    const a = ok('A', '2026-11-20T00:00:00.000Z');
    const b = ok('B', '2026-11-20T00:00:00.000Z');
    const { ask, prompts } = setup([a, b]);
    expect(await ask(run({ keys: ['A', 'B'] }))).toMatchObject({
      code: 'bad_variable',
      message: expect.stringContaining('OPENAI_API_KEY would get two keys'),
    });
    expect(await ask(run({ env: [{ variable: 'NODE_OPTIONS', name: 'A' }] }))).toMatchObject({ code: 'bad_variable' });
    expect(await ask(run({}))).toMatchObject({ code: 'invalid_request' });
    expect(prompts()).toBe(0);
  });

  it('an 8-hour grant is used until it expires, for that program only', async () => {
    const key = ok('K', '2026-11-20T00:00:00.000Z');
    const { ask, prompts, advance, access } = setup([key], ['hours8', 'once', 'once']);
    await ask(run({ keys: ['K'] }));
    await ask(run({ keys: ['K'] }));
    expect(prompts()).toBe(1);
    await ask({ ...run({ keys: ['K'] }), program: { file: '/usr/bin/curl', args: [] } } as AccessRequest);
    expect(prompts()).toBe(2);
    advance(GRANT_MS);
    expect(access.listGrants()).toEqual([]);
    await ask(run({ keys: ['K'] }));
    expect(prompts()).toBe(3);
  });

  it('audits request, grant and use with the masked command line and never a secret', async () => {
    const key = ok('K', '2026-11-20T00:00:00.000Z');
    const { ask, audit } = setup([key], ['once']);
    await ask(run({ keys: ['K'] }));
    expect(audit.map((e) => e.event)).toEqual(['access_requested', 'access_granted', 'key_used']);
    expect(audit[0]?.detail).toBe(
      'run: aikm run -- python … — in /home/me/project — for /usr/bin/python3 (claimed) — requester unverified',
    );
    expect(audit[2]?.detail).toMatch(/^into OPENAI_API_KEY: /);
    expect(JSON.stringify(audit)).not.toMatch(/secret-of|TYPEDINARGV/);
  });

  it('an unexpected failure answers a generic error, never its text', async () => {
    const key = ok('K', '2026-11-20T00:00:00.000Z');
    const { ports } = setup([key], ['once']);
    const failing = createKeyAccess({
      ...ports,
      listKeys: async () => Promise.reject(new Error('sk-proj-LEAKY0123456789')),
    });
    const answer = await failing.handle(
      { command: 'list' },
      { notify: () => undefined, withdrawn: new AbortController().signal },
    );
    expect(answer).toEqual({
      type: 'error',
      code: 'internal',
      message: 'AI Key Manager could not answer this request.',
    });
  });
});
