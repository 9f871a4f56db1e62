import { describe, expect, it } from 'vitest';
import { formatMismatch, guessProvider } from '../../../src/shared/key-format';

describe('key format hints', () => {
  it.each([
    ['sk-ant-api03-abcdef', 'anthropic'],
    ['sk-proj-abcdef', 'openai'],
    ['sk-svcacct-abcdef', 'openai'],
    ['AIzaSyA-0123456789', 'gemini'],
    ['AQ.Ab8RN6abcdef', 'gemini'],
    ['sk-0123456789abcdef0123456789abcdef', 'deepseek'],
    ['sk-ABCdef123T3BlbkFJxyz', null],
    ['ya29.token', null],
  ] as const)('%s looks like %s', (secret, provider) => {
    expect(guessProvider(secret)).toBe(provider);
  });

  it('warns about an Anthropic key pasted under OpenAI, and a Gemini key under Anthropic', () => {
    expect(formatMismatch('openai', 'sk-ant-api03-xyz')).toBe('anthropic');
    expect(formatMismatch('anthropic', 'AQ.Ab8RN6abcdef')).toBe('gemini');
  });

  it('says nothing for a matching key or an unknown shape', () => {
    expect(formatMismatch('openai', 'sk-proj-xyz')).toBeNull();
    expect(formatMismatch('gemini', 'some-new-format-2027')).toBeNull();
  });
});
