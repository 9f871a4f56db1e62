/**
 * Checks that the socket's directory, the socket and the token belong to this user alone. Anything
 * else is refused, never repaired: a directory owned by someone else or open to the group could hold
 * a socket planted by another user (who would then receive the keys), and a symlink could point the
 * server at a place it should not write. lstat, so a symlink is seen as what it is. Windows has no
 * uid or mode bits here: there the pipe's default ACL and the token handshake do this job.
 */
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';

export type PrivacyProblem = 'missing' | 'not_private';

export class PrivacyError extends Error {
  constructor(
    readonly problem: PrivacyProblem,
    message: string,
  ) {
    super(message);
  }
}

const isWindows = () => process.platform === 'win32';
const uid = () => (typeof process.getuid === 'function' ? process.getuid() : -1);

async function lstatOrMissing(path: string, what: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PrivacyError('missing', `${what} ${path} does not exist.`);
    throw error;
  }
}

/** Refuses `path` unless it is of the expected kind, owned by this user, with no group or other bits. */
export async function assertPrivate(path: string, kind: 'directory' | 'socket' | 'file'): Promise<void> {
  const what = { directory: 'The directory', socket: 'The socket', file: 'The file' }[kind];
  const stats = await lstatOrMissing(path, what);
  const rightKind = kind === 'directory' ? stats.isDirectory() : kind === 'socket' ? stats.isSocket() : stats.isFile();
  if (stats.isSymbolicLink() || !rightKind) throw new PrivacyError('not_private', `${what} ${path} is not a ${kind} (a symlink or something else is in its place); refusing it.`);
  if (isWindows()) return;
  if (stats.uid !== uid()) throw new PrivacyError('not_private', `${what} ${path} belongs to another user (uid ${stats.uid}); refusing it.`);
  if ((stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
    throw new PrivacyError('not_private', `${what} ${path} is open to other users (mode ${mode}); refusing it. It must be ${kind === 'directory' ? '700' : '600'}.`);
  }
}

/** Server: creates the directory 0700 if missing (never changes an existing one), then checks it. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await assertPrivate(dir, 'directory');
}

/**
 * Writes a new file readable by this user only, atomically: a reader sees the old token or the new one,
 * never half of one. O_EXCL on a random name, so nothing planted in advance is written through.
 */
export async function writePrivateFile(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  await rename(temporary, path).catch(async (error: unknown) => {
    await unlink(temporary).catch(() => undefined);
    throw error;
  });
}
