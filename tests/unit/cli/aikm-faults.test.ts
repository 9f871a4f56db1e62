/**
 * Every fault aikm can meet gets its own exit code and a message that says what to do: the app not
 * running, a socket or directory that is not this user's alone, an impostor on the socket, an unknown
 * name, a failed key, a denial, no answer, the app quitting mid-request, the requester leaving.
 */
import { chmodSync, chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessFixture, startAccess } from '../../support/access-fixture';
import { summary } from '../../support/key-summaries';
import packageJson from '../../../package.json';

const SECRET = 'sk-proj-FAULTcanary0123456789abcdef';
const prod = summary('OpenAI-Prod', 'ok');
const broken = summary('Claude-Testing', 'invalid_key', { provider: 'anthropic' });
const run = (name: string, ...extra: string[]) => ['run', '--key', name, ...extra, '--', process.execPath, '-e', '0'];

let app: AccessFixture;
beforeAll(async () => {
  app = await startAccess(
    [prod, broken],
    { [prod.id]: SECRET, [broken.id]: 'sk-ant-api03-broken0123456789abcdef' },
    { approvalTimeoutMs: 400 },
  );
}, 60_000);
afterAll(() => app.close());

describe('aikm faults', () => {
  it("--version says the app's own version (package.json), with the app not even running", async () => {
    const result = await app.run(['--version'], { env: { AIKM_SOCKET_DIR: '/tmp/aikm-nobody-here' } });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`aikm ${packageJson.version}`);
  });

  it('app not running: exit 3 and how to start it', async () => {
    const result = await app.run(['list'], { env: { AIKM_SOCKET_DIR: '/tmp/aikm-nobody-here' } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('AI Key Manager is not running. Start it');
  });

  it('a directory open to other users is refused (exit 4)', async () => {
    chmodSync(app.dir, 0o755);
    try {
      const result = await app.run(['list']);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/open to other users \(mode 755\)/);
    } finally {
      chmodSync(app.dir, 0o700);
    }
  });

  it.runIf(process.getuid?.() === 0)('a directory owned by another user is refused (exit 4)', async () => {
    chownSync(app.dir, 65534, 65534);
    try {
      const result = await app.run(['list']);
      expect(result.code).toBe(4);
      expect(result.stderr).toContain('belongs to another user (uid 65534)');
    } finally {
      chownSync(app.dir, 0, 0);
    }
  });

  it('a socket open to others, or an impostor that cannot prove the token, never sees the request (exit 4)', async () => {
    const dir = `${app.dir}-fake`;
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'token'), Buffer.alloc(32, 7), { mode: 0o600 });
    const seen: string[] = [];
    const impostor = createServer((socket) => {
      socket.on('data', (d) => {
        seen.push(String(d));
        socket.write(`${JSON.stringify({ nonce: 'a'.repeat(64), proof: 'b'.repeat(64) })}\n`);
      });
    });
    await new Promise<void>((resolve) => impostor.listen(join(dir, 'aikm.sock'), resolve));
    try {
      const loose = await app.run(['list'], { env: { AIKM_SOCKET_DIR: dir } });
      expect(loose.code).toBe(4);
      expect(loose.stderr).toMatch(/The socket .* is open to other users/);
      chmodSync(join(dir, 'aikm.sock'), 0o600);
      const result = await app.run(['get', 'OpenAI-Prod'], { env: { AIKM_SOCKET_DIR: dir } });
      expect(result.code).toBe(4);
      expect(result.stderr).toContain('could not prove it is AI Key Manager');
      expect(seen.join('')).not.toContain('OpenAI-Prod');
    } finally {
      impostor.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unknown name: exit 5 with the close names', async () => {
    const result = await app.run(run('OpenAI-Prd'));
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('No key is called "OpenAI-Prd".');
    expect(result.stderr).toContain('Close names: OpenAI-Prod');
  });

  it('a key that failed its last test is refused with its diagnosis (exit 6) unless --anyway', async () => {
    const refused = await app.run(run('Claude-Testing'));
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('Claude-Testing failed its last test: The provider rejected this key.');
    expect((await app.run(run('Claude-Testing', '--anyway'))).code).toBe(0);
  });

  it('a bad variable name is refused before anything is asked (exit 2)', async () => {
    const result = await app.run(['run', '--env', 'LD_PRELOAD=OpenAI-Prod', '--', 'true']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LD_PRELOAD changes how programs start');
  });

  it('denied: exit 7, audited as denied, nothing lent', async () => {
    app.answerWith(async () => 'deny');
    const result = await app.run(run('OpenAI-Prod'));
    expect(result.code).toBe(7);
    expect(result.stderr).toContain('You denied the request');
    expect(app.audit.at(-1)).toMatchObject({ event: 'access_denied', keyName: 'OpenAI-Prod' });
  });

  it('no answer in time is a denial (exit 7), and the prompt is told to close', async () => {
    let closed = false;
    app.answerWith(
      (_request, signal) =>
        new Promise((resolve) => signal.addEventListener('abort', () => ((closed = true), resolve('once')))),
    );
    const result = await app.run(run('OpenAI-Prod'));
    expect(result.code).toBe(7);
    expect(result.stderr).toContain('No answer in AI Key Manager within 1 second;');
    expect(closed).toBe(true);
    expect(app.audit.at(-1)?.detail).toMatch(/^timeout: /);
  });

  it('the requester leaving withdraws its prompt and nothing is lent', async () => {
    let withdrawn: Promise<void> = Promise.resolve();
    app.answerWith((_request, signal) => {
      withdrawn = new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
      return new Promise(() => {});
    });
    const used = app.audit.filter((e) => e.event === 'key_used').length;
    const result = await app.run(run('OpenAI-Prod'), {
      onSpawn: (child) => child.stderr?.on('data', () => child.kill('SIGKILL')),
    });
    expect(result.signal).toBe('SIGKILL');
    await withdrawn;
    expect(app.audit.filter((e) => e.event === 'key_used').length).toBe(used);
  });

  it('get refuses a key name that looks like a key and never echoes it', async () => {
    const result = await app.run(['get', SECRET]);
    expect(result.code).toBe(5);
    expect(result.stderr).not.toContain('FAULTcanary');
  });

  it('the app quitting mid-request: exit 8, and it says nothing was sent', async () => {
    app.answerWith(async () => {
      await app.access.stop();
      return 'once';
    });
    const result = await app.run(run('OpenAI-Prod'));
    expect(result.code).toBe(8);
    expect(result.stderr).toContain('AI Key Manager quit (or closed the connection) before answering');
    const after = await app.run(['list']);
    expect(after.code).toBe(3);
    await app.access.start();
    app.answerWith(async () => 'once');
    expect((await app.run(['list'])).code).toBe(0);
  });

  it('no plaintext in any audit line or log', () => {
    expect(JSON.stringify({ audit: app.audit, logs: app.logs, prompts: app.prompts })).not.toContain('FAULTcanary');
  });
});
