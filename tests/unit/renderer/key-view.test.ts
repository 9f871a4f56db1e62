import { describe, expect, it } from 'vitest';
import { defaultView, visibleKeys } from '../../../src/renderer/src/lib/key-view';
import { summary } from '../../support/key-summaries';

const keys = [
  summary('OpenAI-Production', 'ok', { provider: 'openai', createdAt: '2026-11-01T00:00:00.000Z' }),
  summary('Claude-Testing', 'invalid_key', { provider: 'anthropic', createdAt: '2026-11-03T00:00:00.000Z' }),
  summary('gemini-main', 'not_tested', {
    provider: 'gemini',
    model: 'gemini-3.8-flash',
    createdAt: '2026-11-02T00:00:00.000Z',
  }),
  summary('DeepSeek-Main', 'ok', { provider: 'deepseek', createdAt: '2026-11-04T00:00:00.000Z' }),
];
const names = (view: Partial<typeof defaultView>) => visibleKeys(keys, { ...defaultView, ...view }).map((k) => k.name);

describe('key table view', () => {
  it('lists keys in the order they were added by default', () => {
    expect(names({})).toEqual(['OpenAI-Production', 'gemini-main', 'Claude-Testing', 'DeepSeek-Main']);
  });

  it('searches names and models, ignoring case', () => {
    expect(names({ query: 'MAIN' })).toEqual(['gemini-main', 'DeepSeek-Main']);
    expect(names({ query: '3.8-flash' })).toEqual(['gemini-main']);
    expect(names({ query: '  ' })).toHaveLength(4);
  });

  it('filters by provider and by status', () => {
    expect(names({ provider: 'anthropic' })).toEqual(['Claude-Testing']);
    expect(names({ status: 'ok' })).toEqual(['OpenAI-Production', 'DeepSeek-Main']);
    expect(names({ status: 'failing' })).toEqual(['Claude-Testing']);
    expect(names({ status: 'not_tested' })).toEqual(['gemini-main']);
    expect(names({ status: 'ok', provider: 'deepseek' })).toEqual(['DeepSeek-Main']);
  });

  it('sorts by a column, either way, ignoring case', () => {
    expect(names({ sort: 'name' })).toEqual(['Claude-Testing', 'DeepSeek-Main', 'gemini-main', 'OpenAI-Production']);
    expect(names({ sort: 'name', descending: true })).toEqual([
      'OpenAI-Production',
      'gemini-main',
      'DeepSeek-Main',
      'Claude-Testing',
    ]);
    expect(names({ sort: 'provider' })[0]).toBe('Claude-Testing');
  });

  it('handles 1,000 keys without changing the input', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      summary(`Key-${String(i).padStart(4, '0')}`, i % 3 ? 'ok' : 'timeout'),
    );
    const copy = [...many];
    const shown = visibleKeys(many, { ...defaultView, status: 'failing', sort: 'name', descending: true });
    expect(shown).toHaveLength(334);
    expect(shown[0]?.name).toBe('Key-0999');
    expect(many).toEqual(copy);
  });
});
