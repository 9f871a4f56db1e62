import { describe, expect, it } from 'vitest';
import { alertForChange } from '../../../../src/main/schedule/alerts';
import type { TestResult } from '../../../../src/shared/test-result';
import { summary } from '../../../support/key-summaries';

const result = (outcome: TestResult['outcome']): TestResult => ({
  outcome,
  message: outcome === 'ok' ? 'Connected.' : 'Anthropic (Claude) rejected this key.',
  hint: 'h',
  latencyMs: 120,
  testedAt: '2026-11-26T09:14:00.000Z',
  model: '',
  models: [],
});

describe('alerts on change', () => {
  const key = summary('Claude-Testing', 'ok', { hint: 'sk-ant-…SECRET' });

  it('alerts when a working key starts failing, naming it and the diagnosis', () => {
    const notice = alertForChange(key, 'ok', result('invalid_key'));
    expect(notice).toEqual({
      title: 'Claude-Testing: invalid key (was working)',
      body: 'Anthropic (Claude) rejected this key. Open to fix.',
      keyId: key.id,
    });
    expect(JSON.stringify(notice)).not.toMatch(/SECRET|sk-/);
  });

  it('alerts when a failing key works again', () => {
    expect(alertForChange(key, 'timeout', result('ok'))?.title).toBe('Claude-Testing works again');
  });

  it('does not repeat for an unchanged state, or alert on a first result', () => {
    expect(alertForChange(key, 'ok', result('ok'))).toBeNull();
    expect(alertForChange(key, 'invalid_key', result('quota_exhausted'))).toBeNull();
    expect(alertForChange(key, undefined, result('invalid_key'))).toBeNull();
  });
});
