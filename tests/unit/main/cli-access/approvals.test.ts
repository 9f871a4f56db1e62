/** One prompt at a time, 60 s without an answer is a denial, a failing dialog denies, a crowd is refused. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ApprovalAnswer,
  type ApprovalRequest,
  MAX_WAITING,
  createApprovals,
} from '../../../../src/main/cli-access/approvals';
import { displayCommandLine, resolveRequester } from '../../../../src/main/cli-access/requester';

const request: ApprovalRequest = {
  purpose: 'run',
  keys: [{ name: 'K', provider: 'openai' }],
  commandLine: 'aikm run -- true',
  cwd: '/',
  executable: '/bin/true',
  processVerified: false,
  executableVerified: false,
};
const signal = () => new AbortController().signal;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('approvals', () => {
  it('shows one prompt at a time: the second waits for the first answer', async () => {
    const open: ((answer: ApprovalAnswer) => void)[] = [];
    const ask = createApprovals(() => new Promise((resolve) => open.push(resolve)));
    const first = ask(request, signal());
    const second = ask(request, signal());
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveLength(1);
    open[0]?.('once');
    expect(await first).toEqual({ answer: 'once', reason: 'answered' });
    await vi.advanceTimersByTimeAsync(0);
    expect(open).toHaveLength(2);
    open[1]?.('deny');
    expect(await second).toEqual({ answer: 'deny', reason: 'answered' });
  });

  it('no answer in 60 s is a denial, and the dialog is told to close', async () => {
    let closed = false;
    const ask = createApprovals((_r, s) => new Promise(() => s.addEventListener('abort', () => (closed = true))));
    const outcome = ask(request, signal());
    await vi.advanceTimersByTimeAsync(59_999);
    expect(closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ answer: 'deny', reason: 'timeout' });
    expect(closed).toBe(true);
  });

  it('a failing dialog denies; more than a few waiting requests are refused at once', async () => {
    expect(await createApprovals(async () => Promise.reject(new Error('no display')))(request, signal())).toEqual({
      answer: 'deny',
      reason: 'failed',
    });
    const ask = createApprovals(() => new Promise(() => {}));
    for (let i = 0; i < MAX_WAITING; i++) void ask(request, signal());
    expect(await ask(request, signal())).toEqual({ answer: 'deny', reason: 'busy' });
  });
});

describe('requester', () => {
  it('shows a command line escaped: no forged lines, no right-to-left tricks, keys masked', () => {
    expect(
      displayCommandLine([
        'aikm',
        'run',
        '--',
        'echo',
        'a\nAllowed by admin',
        'evil\u202Etxt.exe',
        'sk-proj-abcdefghijklmnop',
      ]),
    ).toBe("aikm run -- echo 'a\\u{a}Allowed by admin' 'evil\\u{202e}txt.exe' …");
  });

  it('get: walks past `sh -c` wrappers to the program that wanted the key (verified on Linux via /proc)', async () => {
    const procs: Record<number, { exe: string; argv: string[]; cwd: string; ppid: number }> = {
      10: { exe: '/usr/bin/node', argv: ['node', '/bin/aikm', 'get', 'K'], cwd: '/w', ppid: 9 },
      9: { exe: '/usr/bin/bash', argv: ['sh', '-c', 'aikm get K'], cwd: '/w', ppid: 8 },
      8: { exe: '/opt/claude/claude', argv: ['claude'], cwd: '/w', ppid: 1 },
    };
    const who = await resolveRequester(
      { pid: 10, ppid: 9, cwd: '/w', argv: ['/usr/bin/node', '/usr/lib/aikm.mjs', 'get', 'K'] },
      { kind: 'get' },
      async (pid) => procs[pid] ?? null,
    );
    expect(who).toEqual({
      commandLine: 'aikm get K',
      cwd: '/w',
      executable: '/opt/claude/claude',
      processVerified: true,
      executableVerified: true,
    });
    const claimed = await resolveRequester(
      { pid: 10, ppid: 9, cwd: '/elsewhere', argv: ['n', 's', 'get', 'K'] },
      { kind: 'get' },
      async (pid) => procs[pid] ?? null,
    );
    expect(claimed).toMatchObject({
      processVerified: false,
      executableVerified: false,
      executable: 'an unknown program',
    });
  });
});
