/**
 * Where the app listens for `aikm`, computed the same way by the server (main) and the CLI (plain Node):
 * - Unix: `$XDG_RUNTIME_DIR/aikm/aikm.sock` (a per-user tmpfs, 0700 by the login manager), else
 *   `<os.tmpdir()>/aikm-<uid>/aikm.sock` (macOS's tmpdir is per user already);
 * - Windows: a named pipe `\\.\pipe\aikm-<user>-<hash of the directory>`, and the directory
 *   `%LOCALAPPDATA%\aikm` for the token (named pipes have no directory of their own).
 * `AIKM_SOCKET_DIR` overrides the directory (tests, or two app builds side by side). The token for the
 * mutual handshake lives next to the socket. Imports Node built-ins only: the CLI bundles this file.
 */
import { createHash } from 'node:crypto';
import { homedir, tmpdir, userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';

export interface AccessLocation {
  /** The private directory (0700 on Unix) holding the socket and the token. */
  dir: string;
  /** A Unix socket path, or a Windows named pipe. */
  socket: string;
  token: string;
}

/** sockaddr_un.sun_path is 108 bytes on Linux and 104 on macOS, each with a terminating NUL. */
export const SOCKET_PATH_MAX: Readonly<Record<string, number>> = { linux: 107, darwin: 103 };
const OTHER_UNIX_MAX = 103;

export class LocationError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

function currentUid(): number {
  return typeof process.getuid === 'function' ? process.getuid() : -1;
}

export function accessDir(env: Env = process.env, platform: string = process.platform): string {
  const override = env.AIKM_SOCKET_DIR;
  if (override) {
    if (!isAbsolute(override)) throw new LocationError('AIKM_SOCKET_DIR must be an absolute path.');
    return override;
  }
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'aikm');
  const runtime = env.XDG_RUNTIME_DIR;
  // A relative XDG_RUNTIME_DIR is invalid per the spec; fall back rather than resolve it against the cwd.
  if (runtime && isAbsolute(runtime)) return join(runtime, 'aikm');
  return join(tmpdir(), `aikm-${currentUid()}`);
}

export function accessLocation(env: Env = process.env, platform: string = process.platform): AccessLocation {
  const dir = accessDir(env, platform);
  const token = join(dir, 'token');
  if (platform === 'win32') {
    const user = userInfo()
      .username.replace(/[^A-Za-z0-9_.-]/g, '_')
      .slice(0, 64);
    const hash = createHash('sha256').update(dir.toLowerCase()).digest('hex').slice(0, 16);
    return { dir, socket: `\\\\.\\pipe\\aikm-${user}-${hash}`, token };
  }
  const socket = join(dir, 'aikm.sock');
  const max = SOCKET_PATH_MAX[platform] ?? OTHER_UNIX_MAX;
  const bytes = Buffer.byteLength(socket);
  if (bytes > max) {
    throw new LocationError(
      `The socket path is ${bytes} bytes long; this system allows ${max}. Set AIKM_SOCKET_DIR (or XDG_RUNTIME_DIR) to a shorter directory.`,
    );
  }
  return { dir, socket, token };
}
