/**
 * The app, minus the Electron binary: the real main-side core (gatekeeper, handlers, vault, conf store
 * in a temporary directory, AES-GCM test cipher) driven by the real built renderer in Chromium.
 * The renderer is served from https://aikm.test through page.route by the production app:// handler;
 * nothing else can load. Every reply and event the page receives is recorded for the canary checks.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createFileAuditLog } from '../../../src/main/audit/audit-log';
import { accessLocation } from '../../../src/main/cli-access/location';
import { type App, composeApp } from '../../../src/main/compose';
import type { Core } from '../../../src/main/core';
import { createSenderCheck } from '../../../src/main/ipc/sender';
import type { Notice, TrayWiring } from '../../../src/main/ports';
import { createProviderRegistry } from '../../../src/main/providers/registry';
import { createTrayActions } from '../../../src/main/tray/tray-actions';
import { type TrayItem, buildTrayMenu } from '../../../src/main/tray/tray-menu';
import { createFileRepository } from '../../../src/main/vault/file-repository';
import { createFileSettingsStore } from '../../../src/main/settings-store';
import { openConfStore } from '../../support/conf-store';
import { APP_HOST, APP_SCHEME, createAppRequestHandler } from '../../../src/main/window/app-protocol';
import { productionCsp } from '../../../src/main/window/csp';
import { type FakeProviders, startFakeProviders } from '../../fixtures/fake-providers';
import { type TestCipher, createTestCipher } from '../../support/aes-test-cipher';
import { fakeClipboard } from '../../support/fake-clipboard';
import { fakeClock } from '../../support/fake-clock';
import { bridgeScript } from './bridge-script';

export const APP_ORIGIN = 'https://aikm.test';
const RENDERER_DIR = join(import.meta.dirname, '../../../out/renderer');
const PAGE_ID = 1;

export interface Traffic {
  replies: unknown[];
  events: unknown[];
  logs: string[];
  openedUrls: string[];
  notifications: Notice[];
  clipboard: string[];
  savedFiles: string[];
  /** Every question main's dialog was asked (title and message). */
  confirms: string[];
}

export class AppHarness {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'aikm-e2e-'));
  /** The wall clock of scheduled checks; tests move it by hand. */
  readonly clock = fakeClock();
  /** The OS clipboard as "Copy key" writes it (with its privacy formats); kept apart from the canary's places. */
  readonly secretClipboard = fakeClipboard();
  /** Acts like Linux without a keyring from the next boot on. */
  noKeyring = false;
  cipher!: TestCipher;
  /** Set by a test that provokes CSP violations on purpose. */
  allowCspViolations = false;
  readonly traffic: Traffic = {
    replies: [],
    events: [],
    logs: [],
    openedUrls: [],
    notifications: [],
    clipboard: [],
    savedFiles: [],
    confirms: [],
  };
  /** What the user answers in main's next confirmation dialogs. */
  confirmAnswer = true;
  /**
   * For the README's pictures: the keychain backend and key file path a user's machine would show
   * (Security page). The keys are still encrypted by the test cipher, in the temporary directory.
   */
  shownBackend: string | null = null;
  shownStorePath: string | null = null;
  /** The environment the app may import keys from. */
  env: Record<string, string> = {};
  /** What the "open a .env file" dialog answers next (null: cancelled). */
  nextPickedFile: string | null = null;
  private cipherKey = randomBytes(32);
  private app?: App;
  /** What the app handed its tray at the last boot. */
  private trayWiring?: TrayWiring;

  private constructor(
    readonly page: Page,
    /** Fake provider APIs on 127.0.0.1 that the real SDKs talk to. */
    readonly providers: FakeProviders,
  ) {
    this.boot();
  }

  static async start(page: Page): Promise<AppHarness> {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.');
    }
    const app = new AppHarness(page, await startFakeProviders());
    await app.open();
    return app;
  }

  get core(): Core {
    if (!this.app) throw new Error('The app has not booted.');
    return this.app.core;
  }

  /** Composes a fresh app over the same data directory and cipher key, as an app restart would. */
  boot(): void {
    this.app?.stop();
    const log = {
      warn: (m: string) => this.traffic.logs.push(m),
      error: (m: string) => this.traffic.logs.push(m),
    };
    this.cipher = createTestCipher(this.cipherKey);
    this.cipher.obfuscated = this.noKeyring;
    const shownBackend = this.shownBackend;
    if (shownBackend) this.cipher.backend = () => shownBackend;
    const repository = createFileRepository(this.dataDir, openConfStore);
    this.app = composeApp({
      cipher: this.cipher,
      // Object.create keeps the repository's live getters (a spread would freeze them).
      repository: this.shownStorePath
        ? Object.create(repository, { location: { value: this.shownStorePath } })
        : repository,
      settings: createFileSettingsStore(this.dataDir, openConfStore),
      registry: createProviderRegistry(this.providers.baseUrls, { presetBaseUrls: this.providers.presetBaseUrls }),
      fetch: (input, init) => fetch(input, init),
      clock: this.clock.clock,
      audit: createFileAuditLog(join(this.dataDir, 'audit.jsonl')),
      env: this.env,
      pickFile: async () => this.nextPickedFile,
      saveFile: async (name, content) => {
        const path = join(this.dataDir, name);
        writeFileSync(path, content);
        this.traffic.savedFiles.push(path);
        return path;
      },
      copyText: (text) => void this.traffic.clipboard.push(text),
      clipboard: this.secretClipboard,
      approve: async () => 'deny',
      accessLocation: accessLocation({ AIKM_SOCKET_DIR: join(this.dataDir, 'aikm') }),
      confirm: async ({ message }) => {
        this.traffic.confirms.push(message);
        return this.confirmAnswer;
      },
      // Clicks are played by clickNotice.
      notify: (notice) => this.traffic.notifications.push(notice),
      // The page is the window, and it is always open.
      showWindow: () => ({ created: false }),
      log,
      platform: 'linux',
      openExternal: async (url) => {
        this.traffic.openedUrls.push(url);
      },
      isTrustedSender: createSenderCheck(`${APP_ORIGIN}/index.html`, (id) => id === PAGE_ID),
      broadcast: (event, payload) => {
        this.traffic.events.push({ event, payload });
        this.page
          .evaluate(
            ([e, p]) => (window as unknown as { __aikmEmit?: (e: string, p: unknown) => void }).__aikmEmit?.(e, p),
            [event, payload] as const,
          )
          .catch(() => {});
      },
      tray: (wiring) => {
        this.trayWiring = wiring;
        return { destroy: () => {} };
      },
      quit: () => {},
    });
    void this.app.start();
  }

  private async open(): Promise<void> {
    const { page } = this;
    // The production protocol handler serves the bundle (path checks, content types, CSP header).
    const serve = createAppRequestHandler(RENDERER_DIR, productionCsp);
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
      const response = await serve(new Request(`${APP_SCHEME}://${APP_HOST}${url.pathname}`));
      return route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    await page.exposeBinding('__aikmInvoke', async (source, channel: string, input: unknown) => {
      const frame = source.frame;
      const reply = await this.app!.gatekeeper.dispatch(
        channel,
        { frameUrl: frame.url(), isTopFrame: frame === source.page.mainFrame(), contentsId: PAGE_ID },
        [input],
      );
      this.traffic.replies.push(reply);
      return reply;
    });
    await page.addInitScript({ content: await bridgeScript() });
    await page.goto(`${APP_ORIGIN}/index.html`);
  }

  /** The tray's actions, as the Electron tray controller runs them, over what the app handed its tray. */
  tray() {
    if (!this.trayWiring) throw new Error('The app has not started its tray.');
    return createTrayActions(this.trayWiring);
  }

  /** The next boot gets another keychain: stored keys no longer open, as on another computer. */
  rotateCipherKey(): void {
    this.cipherKey = randomBytes(32);
  }

  /** The tray menu's labels for the current state, as the tray controller would set them. */
  async trayMenuLabels(): Promise<string[]> {
    const flat = (items: TrayItem[]): string[] =>
      items.flatMap((i) => (i.kind === 'submenu' ? [i.label, ...flat(i.items)] : 'label' in i ? [i.label] : []));
    return flat(buildTrayMenu({ keys: await this.core.listKeys(), progress: null }));
  }

  /** What the app does when a notification is clicked: open the window on the notice's key. */
  clickNotice(notice: Notice): void {
    this.core.openWindow(notice.keyId);
  }

  /** Every file under the data directory, concatenated (for the plaintext canary). */
  /** Test results are written behind: written now, so the data files hold everything that happened. */
  async flushResults(): Promise<void> {
    await this.app?.core.flushResults();
  }

  dataFiles(): string {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        // Sockets (aikm's) are not files to read.
        e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
      );
    return walk(this.dataDir)
      .map((f) => readFileSync(f, 'latin1'))
      .join('\n');
  }

  /** keys.json; before its first write (the app creates it on the first change) it reads as the empty store. */
  storeFile(): string {
    const file = join(this.dataDir, 'keys.json');
    return existsSync(file) ? readFileSync(file, 'utf8') : JSON.stringify({ keys: [] });
  }

  async close(): Promise<void> {
    this.app?.stop();
    await this.providers.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
