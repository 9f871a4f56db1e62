/**
 * Everything the main process needs from outside itself, in one place. Every port is required: a
 * composition that forgets one does not compile, where an optional port would silently switch a
 * feature off. index.ts passes Electron's; tests pass stand-ins (tests/support/null-ports.ts).
 */
import type { KeySummary } from '../shared/keys';
import type { TestProgress } from '../shared/test-result';
import type { AuditLog } from './audit/audit-log';
import type { Approve } from './cli-access/approvals';
import type { AccessLocation } from './cli-access/location';
import type { ClipboardPort } from './clipboard/clipboard-port';
import type { Confirm } from './confirm';
import type { EventSink } from './ipc/event-hub';
import type { SenderCheck } from './ipc/sender';
import type { ProviderRegistry } from './providers/registry';
import type { Clock } from './schedule/scheduler';
import type { SettingsStore } from './settings-store';
import type { Cipher } from './vault/cipher';
import type { KeyRepository } from './vault/repository';

export interface Logger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A desktop notification: names a key and a diagnosis, never key material. */
export interface Notice {
  title: string;
  body: string;
  /** The key the window opens on when the notice is clicked. */
  keyId?: string;
}

export interface CoreDeps {
  cipher: Cipher;
  repository: KeyRepository;
  settings: SettingsStore;
  /** Which provider APIs key tests talk to (tests: fake servers on 127.0.0.1). */
  registry: ProviderRegistry;
  /** How key tests reach the network (the app: Chromium's, which honours the system proxy). */
  fetch: typeof fetch;
  platform: string;
  log: Logger;
  /** Wall clock and ticker for scheduled checks (tests pass a fake one). */
  clock: Clock;
  audit: AuditLog;
  /** The environment to import keys from (the app passes process.env; tests pass their own). */
  env: Readonly<Record<string, string | undefined>>;
  /** Only ever called with a URL already checked against the https allow-list. */
  openExternal(url: string): Promise<void>;
  /** Shows a notice; `onClick` opens the window on its key. */
  notify(notice: Notice, onClick: () => void): void;
  /** Shows the window, creating it if there is none; answers whether it was created now. */
  showWindow(): { created: boolean };
  /** Opens a file dialog (main-side) and answers the chosen path; null when cancelled. */
  pickFile(): Promise<string | null>;
  /** Opens a save dialog and writes `content`; answers the path, or null when cancelled. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  copyText(text: string): void;
  /** The clipboard with raw formats, for copying a key with its privacy markers (Copy key). */
  clipboard: ClipboardPort;
  /** Asks the user in a dialog main opens (never the window): weak storage, erasing a key for good. */
  confirm: Confirm;
  /** Asks the user (main's dialog, also with only the tray running) whether a program may have a key (aikm). */
  approve: Approve;
  /** Where the aikm command line connects: a private directory with the socket and the handshake token. */
  accessLocation: AccessLocation;
}

/** What the tray gets from the app: the same actions as the window, and its push events. */
export interface TrayWiring {
  listKeys(): Promise<KeySummary[]>;
  getKey(id: string): Promise<KeySummary | null>;
  testKey(id: string): Promise<void>;
  /** Copies a key to the clipboard (main writes it; cleared after the set time if still there). */
  copyKey(id: string): Promise<{ clearsInSeconds: number }>;
  testAll(): Promise<TestProgress>;
  /** Resolves when the running test-all ends. */
  testAllDone(): Promise<TestProgress>;
  openWindow(keyId?: string): void;
  quit(): void;
  notify(notice: Notice): void;
  /** Subscribes to the core's push events (the same ones the window gets). */
  subscribe(sink: EventSink): () => void;
}

/** The core's ports, and what the app around it needs: IPC, the window's events, the tray, quitting. */
export interface AppPorts extends CoreDeps {
  /** Who may call IPC (the gatekeeper refuses anyone else). */
  isTrustedSender: SenderCheck;
  /** Delivers push events to the window. */
  broadcast: EventSink;
  /** Shows the tray; the app removes it when it stops. */
  tray(wiring: TrayWiring): { destroy(): void };
  quit(): void;
}
