/**
 * `aikm` as a real child process against the app's socket server (in this process, no Electron), with
 * approvals answered by a stand-in. The canary: the key reaches the command's environment (the command
 * prints its sha256) and appears nowhere else — not in aikm's output, answers, prompts, audit or logs.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessFixture, hashOfEnv, startAccess } from '../../support/access-fixture';
import { summary } from '../../support/key-summaries';

const CANARY = 'sk-proj-CANARYrun0123456789abcdefXYZW';
const OLD = 'sk-proj-olderkey0123456789abcdefQRST';
const GEMINI = 'AQ.gemini-canary-0123456789abcdef';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const prod = summary('OpenAI-Prod', 'ok', {
  hint: 'sk-proj-…XYZW',
  lastTest: {
    outcome: 'ok',
    message: 'Connected.',
    hint: '',
    latencyMs: 200,
    testedAt: '2026-11-26T08:00:00.000Z',
    model: '',
  },
});
const old = summary('OpenAI-Old', 'ok', {
  hint: 'sk-proj-…QRST',
  rotationDue: true,
  lastTest: {
    outcome: 'ok',
    message: 'Connected.',
    hint: '',
    latencyMs: 200,
    testedAt: '2026-11-26T09:00:00.000Z',
    model: '',
  },
});
const broken = summary('OpenAI-Broken', 'invalid_key');
const gemini = summary('Gemini', 'ok', { provider: 'gemini', hint: 'AQ.…cdef' });

let app: AccessFixture;
beforeAll(async () => {
  app = await startAccess([prod, old, broken, gemini], {
    [prod.id]: CANARY,
    [old.id]: OLD,
    [broken.id]: 'sk-proj-broken0123456789abcdef',
    [gemini.id]: GEMINI,
  });
}, 60_000);
afterAll(() => app.close());

/** Everything aikm and the app produced besides the command's own output. */
function traces(...outputs: string[]): string {
  return JSON.stringify({ outputs, audit: app.audit, logs: app.logs, prompts: app.prompts });
}

describe('aikm run', () => {
  it('puts the key only into the command’s environment (canary)', async () => {
    const result = await app.run(['run', '--key', 'OpenAI-Prod', '--', ...hashOfEnv('OPENAI_API_KEY')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(sha(CANARY));
    const prompt = app.prompts.at(-1);
    expect(prompt?.keys).toEqual([{ name: 'OpenAI-Prod', provider: 'openai' }]);
    expect(prompt?.commandLine).toMatch(/^aikm run --key OpenAI-Prod -- \S+ -e /);
    if (process.platform === 'linux') expect(prompt?.processVerified).toBe(true);
    expect(prompt?.executable).toBe(process.execPath);
    expect(app.audit.filter((e) => e.keyId === prod.id).map((e) => e.event)).toEqual([
      'access_requested',
      'access_granted',
      'key_used',
    ]);
    const listed = await app.run(['list', '--json']);
    const status = await app.run(['status']);
    const tested = await app.run(['test', '--all']);
    expect(traces(result.stderr, listed.stdout, listed.stderr, status.stdout, tested.stdout)).not.toContain('CANARY');
  });

  it('passes the exit code through', async () => {
    expect((await app.run(['run', '--key', 'OpenAI-Prod', '--', process.execPath, '-e', 'process.exit(3)'])).code).toBe(
      3,
    );
  });

  it('dies of the signal that killed the command', async () => {
    const result = await app.run([
      'run',
      '--key',
      'OpenAI-Prod',
      '--',
      process.execPath,
      '-e',
      "process.kill(process.pid, 'SIGTERM')",
    ]);
    expect(result.signal).toBe('SIGTERM');
  });

  it('forwards SIGTERM to the command and ends the same way', async () => {
    const result = await app.run(
      ['run', '--key', 'OpenAI-Prod', '--', process.execPath, '-e', 'setTimeout(() => {}, 20000)'],
      {
        onSpawn: (child) =>
          child.stderr?.on('data', (d: Buffer) => d.includes('→') && setTimeout(() => child.kill('SIGTERM'), 300)),
      },
    );
    expect(result.signal).toBe('SIGTERM');
  });

  it('answers 127 for a command that does not exist, without asking anything', async () => {
    const before = app.prompts.length;
    const result = await app.run(['run', '--key', 'OpenAI-Prod', '--', 'aikm-no-such-command-xyz']);
    expect(result.code).toBe(127);
    expect(result.stderr).toContain('aikm-no-such-command-xyz: command not found');
    expect(app.prompts.length).toBe(before);
  });

  it('--provider picks the key that passed, most recent first, rotation-due last', async () => {
    const result = await app.run(['run', '--provider', 'openai', '--', ...hashOfEnv('OPENAI_API_KEY')]);
    expect(result.stdout).toBe(sha(CANARY));
  });

  it('gives a Gemini key both standard variables, and --env a variable of your choice', async () => {
    const both = await app.run([
      'run',
      '--key',
      'Gemini',
      '--',
      process.execPath,
      '-e',
      'process.stdout.write(String(process.env.GEMINI_API_KEY === process.env.GOOGLE_API_KEY))',
    ]);
    expect(both.stdout).toBe('true');
    const custom = await app.run(['run', '--env', 'MY_KEY=OpenAI-Prod', '--', ...hashOfEnv('MY_KEY')]);
    expect(custom.stdout).toBe(sha(CANARY));
  });

  it('--mask replaces the key in the command’s output with its hint', async () => {
    const result = await app.run([
      'run',
      '--mask',
      '--key',
      'OpenAI-Prod',
      '--',
      process.execPath,
      '-e',
      'console.log("key=" + process.env.OPENAI_API_KEY); console.error(process.env.OPENAI_API_KEY)',
    ]);
    expect(result.stdout).toBe('key=sk-proj-…XYZW\n');
    expect(result.stderr).toContain('sk-proj-…XYZW');
    expect(traces(result.stdout, result.stderr)).not.toContain('CANARY');
  });

  it('remembers "Allow for 8 hours" per key and program, lists and revokes it', async () => {
    app.answerWith(async () => 'hours8');
    const args = ['run', '--key', 'OpenAI-Old', '--anyway', '--', process.execPath, '-e', '0'];
    expect((await app.run(args)).code).toBe(0);
    const asked = app.prompts.length;
    expect((await app.run(args)).code).toBe(0);
    expect(app.prompts.length).toBe(asked);
    const [grant] = app.access.listGrants();
    expect(grant).toMatchObject({ keyName: 'OpenAI-Old', executable: process.execPath });
    expect(app.access.revokeGrant(grant?.id ?? '')).toBe(true);
    expect(app.audit.at(-1)).toMatchObject({ event: 'grant_revoked', keyName: 'OpenAI-Old' });
    app.answerWith(async () => 'once');
    expect((await app.run(args)).code).toBe(0);
    expect(app.prompts.length).toBe(asked + 1);
  });
});

describe('aikm get', () => {
  it('prints only the key to a pipe, and records that it was printed', async () => {
    const result = await app.run(['get', 'Gemini']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${GEMINI}\n`);
    expect(app.audit.at(-1)).toMatchObject({ event: 'key_used', keyName: 'Gemini' });
    expect(JSON.stringify(app.audit)).not.toContain('gemini-canary');
  });
});
