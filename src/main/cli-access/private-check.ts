/**
 * Whether a path belongs to this user alone: the right kind (never a symlink), owned by this uid, no
 * group or other bits. Anything else is refused, never repaired: a directory owned by someone else or
 * open to the group could hold a socket planted by another user (who would then receive the keys).
 * Synchronous lstat on purpose: the CLI runs it once per start (node:fs is loaded anyway, fs/promises
 * is not), and the server calls it once at start. Windows has no uid or mode bits here: there the
 * pipe's default ACL and the token handshake do this job.
 */
import { lstatSync } from 'node:fs';

export type PrivacyProblem = 'missing' | 'not_private';
export type PrivateKind = 'directory' | 'socket' | 'file';

export class PrivacyError extends Error {
  constructor(
    readonly problem: PrivacyProblem,
    message: string,
  ) {
    super(message);
  }
}

const WHAT: Record<PrivateKind, string> = { directory: 'The directory', socket: 'The socket', file: 'The file' };

export function assertPrivate(path: string, kind: PrivateKind): void {
  const what = WHAT[kind];
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) throw new PrivacyError('missing', `${what} ${path} does not exist.`);
  const rightKind = kind === 'directory' ? stats.isDirectory() : kind === 'socket' ? stats.isSocket() : stats.isFile();
  if (stats.isSymbolicLink() || !rightKind)
    throw new PrivacyError(
      'not_private',
      `${what} ${path} is not a ${kind} (a symlink or something else is in its place); refusing it.`,
    );
  if (process.platform === 'win32') return;
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  if (stats.uid !== uid)
    throw new PrivacyError('not_private', `${what} ${path} belongs to another user (uid ${stats.uid}); refusing it.`);
  if ((stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
    throw new PrivacyError(
      'not_private',
      `${what} ${path} is open to other users (mode ${mode}); refusing it. It must be ${kind === 'directory' ? '700' : '600'}.`,
    );
  }
}
