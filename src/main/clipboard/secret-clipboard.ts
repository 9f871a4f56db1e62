/**
 * Puts a secret on the clipboard and takes it off again after N seconds (0: never) — but only if the
 * clipboard still holds it, so something the user copied since is never clobbered. What is kept to
 * recognise it is an HMAC of the text under a key that lives in this process only (a plain hash of a
 * key would be a guessable fingerprint; the plaintext is never kept), plus the per-copy nonce written
 * in our private marker format. Each copy re-arms the timer; quitting clears a copy still there.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ClipboardPort } from './clipboard-port';
import { PRIVACY_MARKERS, markerFormat, osFormat, secretPayload } from './secret-formats';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

/** Unref'd, so a pending clear never keeps the process alive on its own (quit clears it explicitly). */
const nodeTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  cancel: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SecretClipboardDeps {
  clipboard: ClipboardPort;
  platform: string;
  /** Read at every copy, so a changed setting applies to the next copy. */
  clearAfterSeconds: () => number;
  timers?: Timers;
  log?: { error(message: string): void };
}

export interface CopyOutcome {
  /** 0 when the copy stays until the user copies something else. */
  clearsInSeconds: number;
  /** The privacy markers the clipboard confirmed holding after the write (a platform may drop some). */
  markers: string[];
}

export function createSecretClipboard(deps: SecretClipboardDeps) {
  const timers = deps.timers ?? nodeTimers;
  const hmacKey = randomBytes(32);
  const marker = markerFormat(deps.platform);
  const digest = (text: string) => createHmac('sha256', hmacKey).update(text, 'utf8').digest();
  let current: { digest: Buffer; nonce: string; timer: unknown } | null = null;

  /** Ours if our marker carries this copy's nonce, or if the text is still the secret (a manager may re-own it without markers). */
  async function stillOurs(copy: { digest: Buffer; nonce: string }): Promise<boolean> {
    const found = await deps.clipboard.readFormat(marker).catch(() => null);
    if (found && Buffer.from(found).toString('utf8') === copy.nonce) return true;
    const text = await deps.clipboard.readText().catch(() => '');
    return timingSafeEqual(digest(text), copy.digest);
  }

  /** Clears the clipboard if it still holds the last copy; answers whether it did. */
  async function clearIfOurs(): Promise<boolean> {
    const copy = current;
    if (!copy) return false;
    timers.cancel(copy.timer);
    const ours = await stillOurs(copy);
    // A newer copy happened while we read: it is the one on the clipboard now, with its own timer.
    if (current !== copy) return false;
    current = null;
    if (ours) deps.clipboard.clear();
    return ours;
  }

  async function copy(text: string): Promise<CopyOutcome> {
    if (current) timers.cancel(current.timer);
    const nonce = randomUUID();
    await deps.clipboard.write(secretPayload(deps.platform, text, nonce));
    const seconds = deps.clearAfterSeconds();
    // Off means the app never takes it back (neither by timer nor at quit): the user chose to keep it.
    current = null;
    if (seconds > 0) {
      const timer = timers.set(
        () => void clearIfOurs().catch(() => deps.log?.error('could not clear the clipboard')),
        seconds * 1000,
      );
      current = { digest: digest(text), nonce, timer };
    }
    const names = (PRIVACY_MARKERS[deps.platform] ?? []).map(([name]) => name);
    const present = await Promise.all(names.map((name) => deps.clipboard.has(osFormat(name)).catch(() => false)));
    return { clearsInSeconds: seconds, markers: names.filter((_, i) => present[i]) };
  }

  /** On quit: a copy still on the clipboard goes, whatever the timer says; bounded so quitting never hangs. */
  async function dispose(timeoutMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([
      clearIfOurs().then(
        () => undefined,
        () => undefined,
      ),
      late,
    ]);
    clearTimeout(timer);
  }

  return { copy, clearIfOurs, dispose, hasPending: () => current !== null };
}

export type SecretClipboard = ReturnType<typeof createSecretClipboard>;
