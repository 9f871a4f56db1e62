import { describe, expect, it } from 'vitest';
import { addKeyInputSchema, keyNameSchema, normalizeSecret, secretSchema } from '../../../src/shared/keys';
import { maskSecret } from '../../../src/shared/mask';

describe('key names', () => {
  it.each([
    ['OpenAI-Production', 'OpenAI-Production'],
    ['  Claude-Testing  ', 'Claude-Testing'],
    ['x'.repeat(64), 'x'.repeat(64)],
    ['Ünïcode name ✓', 'Ünïcode name ✓'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(keyNameSchema.parse(raw)).toBe(expected);
  });

  it.each([
    ['', 'Give the key a name'],
    ['   ', 'Give the key a name'],
    ['x'.repeat(65), 'at most 64'],
    ['tab\tinside', 'control characters'],
    ['line\nbreak', 'control characters'],
  ])('refuses %j with a message that says why', (raw, message) => {
    const result = keyNameSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe('secrets', () => {
  it.each([
    ['  sk-proj-abcdefgh12345678  ', 'sk-proj-abcdefgh12345678'],
    ['"sk-ant-api03-abcdefgh"', 'sk-ant-api03-abcdefgh'],
    ["'AIzaSyA1234567890'", 'AIzaSyA1234567890'],
    ['`sk-1234567890`', 'sk-1234567890'],
    ['\n sk-deadbeef \r\n', 'sk-deadbeef'],
  ])('normalises a pasted %j', (raw, expected) => {
    expect(normalizeSecret(raw)).toBe(expected);
    expect(secretSchema.parse(raw)).toBe(expected);
  });

  it.each([
    ['', 'Paste the API key'],
    ['   ', 'Paste the API key'],
    ['""', 'Paste the API key'],
    ['short', 'too short'],
    ['x'.repeat(513), 'too long'],
    ['sk-abc def-ghijkl', 'spaces or line breaks'],
    ['sk-abc\ndef-ghijkl', 'spaces or line breaks'],
    ['sk-abcdéfghijkl', 'characters no provider uses'],
  ])('refuses %j', (raw, message) => {
    const result = secretSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('accepts the longest allowed key and nothing longer', () => {
    expect(secretSchema.safeParse('k'.repeat(512)).success).toBe(true);
    expect(secretSchema.safeParse('k'.repeat(8)).success).toBe(true);
    expect(secretSchema.safeParse('k'.repeat(7)).success).toBe(false);
  });
});

describe('add-key input', () => {
  const valid = { provider: 'openai', model: 'gpt-5.5', name: 'OpenAI-Production', secret: 'sk-proj-abcdefgh12345678' };

  it('accepts a complete input', () => {
    expect(addKeyInputSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown provider', { ...valid, provider: 'mistral' }],
    ['an extra field', { ...valid, isAdmin: true }],
    ['a model id with spaces', { ...valid, model: 'gpt 5' }],
    ['a missing name', { provider: 'openai', model: 'gpt-5.5', secret: valid.secret }],
  ])('refuses %s', (_label, input) => {
    expect(addKeyInputSchema.safeParse(input).success).toBe(false);
  });
});

describe('masked hints', () => {
  it.each([
    ['sk-proj-' + 'a'.repeat(150) + 'a1b2', 'sk-proj-…a1b2'],
    ['sk-ant-api03-' + 'b'.repeat(91) + 'AA', 'sk-ant-api03-…bbAA'],
    ['sk-0123456789abcdef0123456789abcdef', 'sk-…cdef'],
    ['AIzaSyD' + 'c'.repeat(28) + 'wxyz', 'AIza…wxyz'],
    ['AQ.Ab8RN6' + 'd'.repeat(40), 'AQ.…dddd'],
  ])('shows only the public prefix and the last characters of %s', (secret, hint) => {
    expect(maskSecret(secret)).toBe(hint);
  });

  it('hides most of a short key, prefix included', () => {
    expect(maskSecret('sk-12345')).toBe('…5');
    expect(maskSecret('abcdefghij')).toBe('…ij');
  });

  it('never shows more than a fifth of the secret part', () => {
    for (let length = 8; length <= 80; length++) {
      const secret = 'z'.repeat(length);
      const visible = maskSecret(secret).replace('…', '').length;
      expect(visible).toBeLessThanOrEqual(Math.floor(length / 5));
    }
  });
});
