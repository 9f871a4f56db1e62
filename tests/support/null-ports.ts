/**
 * Stand-ins for the ports of src/main/ports.ts that a test does not care about: nothing leaves the
 * test, nothing is shown, every dialog is cancelled and the user says no. The storage, cipher,
 * settings and provider ports are left to the caller: every test chooses those.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryAuditLog } from '../../src/main/audit/audit-log';
import { accessLocation } from '../../src/main/cli-access/location';
import { fakeClipboard } from './fake-clipboard';
import type { AppPorts } from '../../src/main/ports';
import { systemClock } from '../../src/main/schedule/scheduler';
import type { LiveState } from '../../src/main/vault/summary';

export type ChosenPorts = 'cipher' | 'repository' | 'settings' | 'registry';

let cores = 0;

export function nullPorts(): Omit<AppPorts, ChosenPorts> {
  return {
    // Looked up at each call, so a test that stubs the global fetch is obeyed; the registry decides where.
    fetch: (input, init) => fetch(input, init),
    platform: 'linux',
    log: { warn: () => {}, error: () => {} },
    clock: systemClock,
    audit: createMemoryAuditLog(),
    env: {},
    openExternal: async () => {},
    notify: () => {},
    showWindow: () => ({ created: false }),
    pickFile: async () => null,
    saveFile: async () => null,
    copyText: () => {},
    clipboard: fakeClipboard(),
    confirm: async () => false,
    approve: async () => 'deny',
    // A private directory of this test's own, created by the socket server only if the core starts.
    accessLocation: accessLocation({ AIKM_SOCKET_DIR: join(tmpdir(), `aikm-test-${process.pid}-${++cores}`) }),
    // No window here: the app's own gatekeeper trusts no one (tests build theirs from the handlers).
    isTrustedSender: () => 'no window in this test',
    broadcast: () => {},
    tray: () => ({ destroy: () => {} }),
    quit: () => {},
  };
}

/** For a vault tested alone: no test is running and rotation reminders are off. */
export const idleKeys: LiveState = { isTesting: () => false, rotateAfterDays: () => 0 };
