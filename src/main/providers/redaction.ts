/**
 * Removes the key from anything a provider sent back. Providers (or a hostile endpoint) may quote the
 * key whole, in part, or encoded — in a message, a model id, a request id or a header — so any run of
 * at least REDACT_MIN characters of the key, or of its URL-encoded, base64 or hex forms, is replaced.
 *
 * The rolling hash of every 8-character window of those forms is indexed once per test (numbers only:
 * building it runs for every test, so it makes no strings), then the text is scanned once, a hash hit
 * verified against the forms themselves: linear in the text, not text × key.
 * Overlapping or adjacent hits merge, so a longer run becomes one `[redacted]`.
 */
import { keyShapes } from './registry';

export const REDACT_MIN = 8;
export const REDACTED = '[redacted]';

/**
 * Tokens shaped like someone's key (a provider may quote another, e.g. "sk-proj-***…SJh4"): each
 * provider module's own shapes, then any long run of key characters, which catches a key of a shape no
 * module declares.
 */
const keyLike = [...keyShapes, /\b[A-Za-z0-9_-]{32,}\b/g];

export interface Redactor {
  /** For identifiers (model ids, request ids, balance fields): only the key's own traces go. */
  id(text: string): string;
  /** For free text (a provider's message): the key's traces and anything else shaped like a key. */
  text(text: string): string;
}

/** The forms a key is commonly echoed in. Base64 at three alignments, so a slice of any offset matches. */
function encodedForms(secret: string): string[] {
  const url = encodeURIComponent(secret);
  const hex = Buffer.from(secret).toString('hex');
  const forms = [secret, url, url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()), hex, hex.toUpperCase()];
  for (let shift = 0; shift < 3; shift++) {
    const bytes = Buffer.from(secret.slice(shift));
    forms.push(bytes.toString('base64'), bytes.toString('base64url'));
  }
  // Most keys are URL-safe and base64 without padding is base64url: the same form indexed twice is waste.
  return [...new Set(forms)];
}

const BASE = 257;
/** BASE^(REDACT_MIN-1) in 32-bit arithmetic: the weight of the character leaving the window. */
const LEAVING = Array.from({ length: REDACT_MIN - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let k = 0; k < REDACT_MIN; k++) h = (Math.imul(h, BASE) + s.charCodeAt(at + k)) | 0;
  return h;
}

/** The hash of the window at `at`, from the hash `h` of the window one character before it. */
const roll = (h: number, s: string, at: number) =>
  (Math.imul(h - Math.imul(s.charCodeAt(at - 1), LEAVING), BASE) + s.charCodeAt(at + REDACT_MIN - 1)) | 0;

export function createRedactor(secret: string): Redactor {
  const forms = encodedForms(secret);
  const hashes = new Set<number>();
  for (const form of forms) {
    if (form.length < REDACT_MIN) continue;
    let h = hashAt(form, 0);
    hashes.add(h);
    for (let i = 1; i + REDACT_MIN <= form.length; i++) hashes.add((h = roll(h, form, i)));
  }
  const isWindowOfKey = (window: string) => forms.some((form) => form.includes(window));

  function traces(text: string): string {
    // A key shorter than a window (never accepted as input, but cheap to cover) is matched whole.
    if (secret.length > 0 && secret.length < REDACT_MIN) return text.split(secret).join(REDACTED);
    if (text.length < REDACT_MIN) return text;
    let out = '';
    let copied = 0;
    let start = -1;
    let end = -1;
    let h = hashAt(text, 0);
    for (let i = 0; i + REDACT_MIN <= text.length; i++) {
      if (i > 0) h = roll(h, text, i);
      if (!hashes.has(h) || !isWindowOfKey(text.slice(i, i + REDACT_MIN))) continue;
      if (i > end) {
        if (start >= 0) out += text.slice(copied, start) + REDACTED;
        copied = Math.max(end, copied);
        start = i;
      }
      end = i + REDACT_MIN;
    }
    if (start < 0) return text;
    return out + text.slice(copied, start) + REDACTED + text.slice(end);
  }

  return {
    id: traces,
    text: (text) => keyLike.reduce((out, pattern) => out.replace(pattern, REDACTED), traces(text)),
  };
}
