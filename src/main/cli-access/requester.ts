/**
 * Who is asking for a key. The CLI reports its pid, parent, cwd and argv itself; Node has no way to read
 * a Unix socket peer's credentials, so that report is a claim. On Linux the server checks the claim
 * against /proc (the pid exists, runs that command line in that directory under that parent) and reads
 * executables from /proc itself; elsewhere everything stays "claimed" and the prompt says so. Same-user
 * malware can still run `aikm` with any arguments: the prompt is consent and audit, not a barrier.
 */
import { readFile, readlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Requester } from './messages';

export interface ProcessInfo {
  exe: string | null;
  argv: string[] | null;
  cwd: string | null;
  ppid: number | null;
}
export type InspectProcess = (pid: number) => Promise<ProcessInfo | null>;

export const procInspector: InspectProcess = async (pid) => {
  const at = (part: string) => `/proc/${pid}/${part}`;
  const status = await readFile(at('status'), 'utf8').catch(() => null);
  if (status === null) return null;
  const [exe, cmdline, cwd] = await Promise.all([
    readlink(at('exe')).catch(() => null),
    readFile(at('cmdline'), 'utf8').catch(() => null),
    readlink(at('cwd')).catch(() => null),
  ]);
  const ppid = /^PPid:\s*(\d+)$/m.exec(status)?.[1];
  return {
    exe,
    argv: cmdline === null ? null : cmdline.replace(/\0$/, '').split('\0'),
    cwd,
    ppid: ppid === undefined ? null : Number(ppid),
  };
};
export const noInspector: InspectProcess = async () => null;
export const inspectorFor = (platform: string): InspectProcess => (platform === 'linux' ? procInspector : noInspector);

/** Tokens shaped like an API key are masked wherever a command line is shown or recorded. */
const KEY_LIKE = [
  /sk-[A-Za-z0-9_-]{8,}/g,
  /AIza[A-Za-z0-9_-]{16,}/g,
  /\b[AI]Q\.[A-Za-z0-9_.-]{8,}/g,
  /[A-Za-z0-9_-]{32,}/g,
];
export function maskKeyLike(text: string): string {
  return KEY_LIKE.reduce((out, pattern) => out.replace(pattern, '…'), text);
}

/**
 * One argument as a shell would need it, made safe to show: control and format characters (a newline
 * or a right-to-left override could forge the prompt's text) are shown as escapes.
 */
function shellWord(arg: string): string {
  const visible = arg.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
  return /^[\w@%+=:,./-]+$/.test(visible) ? visible : `'${visible.replace(/'/g, `'\\''`)}'`;
}

export function displayCommandLine(words: readonly string[]): string {
  return maskKeyLike(words.map(shellWord).join(' '));
}

export interface ResolvedRequester {
  /** `aikm run … -- cmd args`, masked and escaped: what the prompt shows and the audit records. */
  commandLine: string;
  cwd: string;
  /** What a grant is bound to: the program that gets the key. */
  executable: string;
  /** /proc agrees with what the CLI claimed about itself (pid, argv, cwd, parent). */
  processVerified: boolean;
  /** The executable was read from /proc, not taken from the CLI's word. */
  executableVerified: boolean;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'fish', 'busybox']);
/**
 * The arguments must match; node's own path and options and the script path may be written differently
 * in /proc (as exec'd, via a shebang or a symlink) than in process.argv (resolved), so only the tail counts.
 */
function sameArguments(seen: readonly string[] | null, claimed: readonly string[]): boolean {
  const args = claimed.slice(2);
  if (seen === null || seen.length < args.length + 1) return false;
  const tail = seen.slice(seen.length - args.length);
  return tail.every((x, i) => x === args[i]);
}

/**
 * `get` is usually run by a wrapper (`sh -c 'aikm get X'` from Claude Code's apiKeyHelper): walk past
 * non-interactive shells to the program that wanted the key. An interactive shell is the answer itself.
 */
async function keyConsumer(ppid: number, inspect: InspectProcess): Promise<string | null> {
  let pid = ppid;
  for (let depth = 0; depth < 4; depth++) {
    const info = await inspect(pid);
    if (!info?.exe) return null;
    const wrapper = SHELLS.has(basename(info.exe)) && info.argv?.includes('-c') && info.ppid !== null && info.ppid > 1;
    if (!wrapper) return info.exe;
    pid = info.ppid as number;
  }
  return null;
}

export async function resolveRequester(
  requester: Requester,
  target: { kind: 'run'; file: string; args: string[] } | { kind: 'get' },
  inspect: InspectProcess,
): Promise<ResolvedRequester> {
  const self = await inspect(requester.pid);
  const processVerified =
    self !== null &&
    sameArguments(self.argv, requester.argv) &&
    self.cwd === requester.cwd &&
    self.ppid === requester.ppid;
  const commandLine = displayCommandLine(['aikm', ...requester.argv.slice(2)]);
  if (target.kind === 'run')
    return { commandLine, cwd: requester.cwd, executable: target.file, processVerified, executableVerified: false };
  const consumer = processVerified ? await keyConsumer(requester.ppid, inspect) : null;
  return {
    commandLine,
    cwd: requester.cwd,
    executable: consumer ?? requester.parentExecutable ?? 'an unknown program',
    processVerified,
    executableVerified: consumer !== null,
  };
}
