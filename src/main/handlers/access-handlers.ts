/** keys:copy and access:* — using a key outside the app: the clipboard, and the aikm command line's grants. */
import type { CliAccess } from '../cli-access/create-cli-access';
import type { KeyClipboard } from '../clipboard/create-key-clipboard';
import type { Handlers } from './types';

type AccessChannels = 'keys:copy' | 'access:grants' | 'access:revoke' | 'access:status';

export interface AccessHandlerDeps {
  clipboard: KeyClipboard;
  cliAccess: CliAccess;
  /** Where aikm would connect, and why it cannot when the socket could not be opened. */
  accessStatus(): { listening: boolean; socket: string; problem: string | null };
}

export function accessHandlers({
  clipboard,
  cliAccess,
  accessStatus,
}: AccessHandlerDeps): Pick<Handlers, AccessChannels> {
  return {
    'keys:copy': (input) => clipboard.copy(input),
    'access:grants': async () => cliAccess.listGrants(),
    'access:revoke': async ({ id }) => ({ revoked: cliAccess.revokeGrant(id) }),
    'access:status': async () => accessStatus(),
  };
}
