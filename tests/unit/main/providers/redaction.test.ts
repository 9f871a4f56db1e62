/**
 * Issue #12 item 15: a provider can quote part of the key, or the key in an encoded form. Any run of
 * 8 or more characters of the key, and its URL-encoded, base64 and hex forms, must be redacted.
 */
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../src/main/providers/redaction';

// `+ / =` make the URL-encoded form differ from the key itself.
const KEY = 'sk-proj-Q7v+Xr/9kLm=Tz2bWc8NdYp4Hs1JfGe6';
const hidden = (text: string) => expect(text).not.toMatch(/Q7v|kLm|Tz2bWc|NdYp|Hs1Jf/);

describe('redaction of the key in provider text', () => {
  const redact = createRedactor(KEY);

  it('scenario partial echo: a 20-character slice of the key is redacted', () => {
    const out = redact.text(`Incorrect API key provided: ${KEY.slice(10, 30)}. Check it.`);
    expect(out).toBe('Incorrect API key provided: [redacted]. Check it.');
  });

  it('scenario short echo: any run of 8 characters of the key is redacted, 7 is not', () => {
    expect(redact.id(`x${KEY.slice(12, 20)}x`)).toBe('x[redacted]x');
    expect(redact.id(`x${KEY.slice(12, 19)}x`)).toBe(`x${KEY.slice(12, 19)}x`);
  });

  it('scenario url-encoded echo: the key with + / = percent-encoded is redacted, in upper or lower case', () => {
    const encoded = encodeURIComponent(KEY);
    expect(encoded).toContain('%2B');
    hidden(redact.text(`key=${encoded}`));
    hidden(redact.text(`key=${encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`));
    hidden(redact.text(`part=${encodeURIComponent(KEY.slice(5, 30))}`));
  });

  it('scenario base64 echo: the key base64-encoded (any alignment, standard or url-safe) is redacted', () => {
    for (const start of [0, 1, 2, 5]) {
      const b64 = Buffer.from(KEY.slice(start)).toString('base64');
      expect(redact.id(`token ${b64}`)).toBe('token [redacted]');
      expect(redact.id(Buffer.from(KEY.slice(start)).toString('base64url'))).toBe('[redacted]');
    }
  });

  it('scenario hex echo: the key hex-encoded, lower or upper case, is redacted', () => {
    const hex = Buffer.from(KEY).toString('hex');
    expect(redact.id(hex)).toBe('[redacted]');
    expect(redact.id(hex.toUpperCase())).toBe('[redacted]');
    expect(redact.id(Buffer.from(KEY.slice(9, 25)).toString('hex'))).toBe('[redacted]');
  });

  it('leaves text without the key alone (identifiers), and free text loses other key-like tokens too', () => {
    expect(redact.id('gpt-5.4-mini')).toBe('gpt-5.4-mini');
    expect(redact.id('req_0123456789abcdef')).toBe('req_0123456789abcdef');
    expect(redact.text('Your key sk-ant-api03-otherkey123 is invalid')).toBe('Your key [redacted] is invalid');
  });

  it('is linear: a 4 MB answer against a 512-character key takes well under a second', () => {
    const long = `sk-${'aB3+/='.repeat(85)}x`.slice(0, 512);
    const big = createRedactor(long);
    const text = `${'lorem ipsum dolor sit amet '.repeat(150_000)}${long.slice(100, 140)}`;
    const started = performance.now();
    const out = big.id(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out.endsWith('[redacted]')).toBe(true);
  });
});
