/**
 * The one factory main needs for `aikm`: the request logic over its ports, and the socket server in
 * front of it. index.ts starts it after the core (and the window's absence does not matter: approvals
 * are main's native dialogs) and stops it on quit.
 */
import { type KeyAccessPorts, createKeyAccess } from './key-access';
import { type AccessLocation, accessLocation } from './location';
import { createAccessServer } from './server';

export interface CliAccessOptions extends KeyAccessPorts {
  /** Where to listen; by default the shared location (XDG_RUNTIME_DIR, tmpdir, or AIKM_SOCKET_DIR). */
  location?: AccessLocation;
  log?: { warn(message: string): void };
}

export function createCliAccess(options: CliAccessOptions) {
  const access = createKeyAccess(options);
  const server = createAccessServer({
    location: options.location ?? accessLocation(),
    handle: access.handle,
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    /** Throws AlreadyListening when another instance answers, PrivacyError when the directory is not ours alone. */
    start: server.listen,
    stop: server.close,
    isListening: server.isListening,
    listGrants: access.listGrants,
    revokeGrant: access.revokeGrant,
    forgetKey: access.forgetKey,
  };
}

export type CliAccess = ReturnType<typeof createCliAccess>;
