import { describe, expect, it } from 'vitest';
import { dayLabel, withArticle } from '../../../src/renderer/src/lib/format';
import { health, isBlocked, needsAttention } from '../../../src/renderer/src/lib/key-health';
import { summary } from '../../support/key-summaries';

describe('one status per key', () => {
  it('is green only for a key that works and is not due for rotation', () => {
    expect(health(summary('A', 'ok'))).toMatchObject({ tone: 'ok', label: 'OK', fix: null, attention: false });
    expect(health(summary('B', 'ok', { rotationDue: true }))).toMatchObject({
      tone: 'warn',
      label: 'OK · rotation due',
      fix: 'rotate',
      attention: true,
    });
  });

  it('is red, with its fix, for what needs action — including a key that cannot be decrypted', () => {
    expect(health(summary('C', 'cannot_decrypt'))).toMatchObject({ tone: 'bad', fix: 'reenter', attention: true });
    expect(health(summary('D', 'changed_outside'))).toMatchObject({ tone: 'bad', fix: null });
    expect(health(summary('E', 'invalid_key'))).toMatchObject({ tone: 'bad', fix: 'reenter' });
    expect(health(summary('F', 'quota_exhausted'))).toMatchObject({ tone: 'bad', fix: 'billing' });
    // A custom service has no billing page the app may open.
    expect(health(summary('G', 'quota_exhausted', { provider: 'custom' })).fix).toBeNull();
    expect(isBlocked(summary('H', 'cannot_decrypt'))).toBe(true);
  });

  it('counts a blocked key as needing attention, but not its rotation reminder', () => {
    expect(needsAttention(summary('I', 'not_tested'))).toBe(false);
    expect(needsAttention(summary('J', 'rate_limited'))).toBe(true);
    expect(health(summary('K', 'changed_outside', { rotationDue: true })).fix).toBeNull();
  });
});

describe('words', () => {
  it('a or an, by the name', () => {
    expect(withArticle('OpenAI (GPT)')).toBe('an OpenAI (GPT)');
    expect(withArticle('Anthropic (Claude)')).toBe('an Anthropic (Claude)');
    expect(withArticle('Google (Gemini)')).toBe('a Google (Gemini)');
    expect(withArticle('DeepSeek')).toBe('a DeepSeek');
  });

  it('says today and yesterday, and writes other days out', () => {
    const now = new Date(2026, 10, 30, 15, 0).getTime();
    expect(dayLabel(new Date(2026, 10, 30, 9, 0).toISOString(), now)).toBe('today');
    expect(dayLabel(new Date(2026, 10, 29, 23, 0).toISOString(), now)).toBe('yesterday');
    expect(dayLabel(new Date(2026, 9, 3).toISOString(), now)).toMatch(/^on .*2026/);
    expect(dayLabel(new Date(2026, 9, 3).toISOString(), now)).not.toMatch(/\d+\/\d+\/\d+/);
  });
});
