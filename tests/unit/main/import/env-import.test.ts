import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANDIDATE_TTL_MS, createImportSession, parseDotEnv } from '../../../../src/main/import/env-import';
import { createTempStore } from '../../../support/temp-store';
import { createTestCore } from '../../../support/test-core';

describe('.env parsing', () => {
  it('reads plain, quoted, exported and commented lines, with CRLF endings', () => {
    const vars = parseDotEnv(
      [
        '# keys for the project',
        'OPENAI_API_KEY=sk-proj-plain0123456789',
        'export ANTHROPIC_API_KEY="sk-ant-api03-quoted0123456789"',
        "GEMINI_API_KEY='AQ.single-quoted0123' ",
        'DEEPSEEK_API_KEY=sk-0123456789abcdef # a trailing comment',
        'QUOTED_WITH_COMMENT="sk-quoted-0123456789" # prod',
        "TIGHT='sk-tight-0123456789'#c",
        'BROKEN LINE',
        '',
      ].join('\r\n'),
    );
    expect(Object.fromEntries(vars)).toEqual({
      OPENAI_API_KEY: 'sk-proj-plain0123456789',
      ANTHROPIC_API_KEY: 'sk-ant-api03-quoted0123456789',
      GEMINI_API_KEY: 'AQ.single-quoted0123',
      DEEPSEEK_API_KEY: 'sk-0123456789abcdef',
      QUOTED_WITH_COMMENT: 'sk-quoted-0123456789',
      TIGHT: 'sk-tight-0123456789',
    });
  });

  it('finds nothing in an empty or unrelated file', () => {
    expect(createImportSession().offer(parseDotEnv(''), 'empty.env')).toEqual([]);
    expect(createImportSession().offer(parseDotEnv('NODE_ENV=production\nPORT=3000'), 'app.env')).toEqual([]);
  });
});

describe('import session', () => {
  it('offers masked candidates only, normalised like a pasted key, each good for one import', () => {
    let now = 0;
    const session = createImportSession(() => now);
    const secret = 'sk-proj-SECRETVALUE-0123456789wxyz';
    const [candidate] = session.offer(
      new Map([
        ['OPENAI_API_KEY', `  "${secret}" `],
        ['PATH', '/usr/bin'],
      ]),
      'environment',
    );
    expect(candidate).toMatchObject({
      variable: 'OPENAI_API_KEY',
      provider: 'openai',
      hint: 'sk-proj-…wxyz',
      source: 'environment',
    });
    expect(JSON.stringify(candidate)).not.toContain('SECRETVALUE');
    expect(session.peek(candidate!.token)?.secret).toBe(secret);
    session.consume(candidate!.token);
    expect(session.peek(candidate!.token)).toBeNull();
    expect(session.peek('00000000-0000-4000-8000-000000000000')).toBeNull();
    const [later] = session.offer(new Map([['OPENAI_API_KEY', secret]]), 'environment');
    now += CANDIDATE_TTL_MS + 1;
    expect(session.peek(later!.token)).toBeNull();
  });

  it('drops values no provider would issue (inner spaces, too short)', () => {
    const found = createImportSession().offer(
      new Map([
        ['OPENAI_API_KEY', 'sk proj with spaces'],
        ['DEEPSEEK_API_KEY', 'short'],
      ]),
      'x',
    );
    expect(found).toEqual([]);
  });

  it("scenario import lookalike: a value that looks like another provider's key is flagged, before anything is sent", () => {
    const found = createImportSession().offer(
      new Map([
        ['OPENAI_API_KEY', 'sk-ant-api03-pasted-in-the-wrong-place'],
        ['GEMINI_API_KEY', 'AQ.Ab8RN6abcdef0123'],
      ]),
      'x',
    );
    expect(found.map((c) => [c.variable, c.looksLike])).toEqual([
      ['OPENAI_API_KEY', 'anthropic'],
      ['GEMINI_API_KEY', null],
    ]);
  });

  it('maps both Google variables to Gemini', () => {
    const found = createImportSession().offer(
      new Map([
        ['GOOGLE_API_KEY', 'AIzaSyA-0123456789abcdef'],
        ['GEMINI_API_KEY', 'AQ.Ab8RN6abcdef0123'],
      ]),
      'x',
    );
    expect(found.map((c) => c.provider)).toEqual(['gemini', 'gemini']);
  });
});

describe('import session: expired candidates leave memory on their own', () => {
  afterEach(() => vi.useRealTimers());

  it('an expired candidate is forgotten by a timer, without waiting for the next call', () => {
    vi.useFakeTimers();
    const session = createImportSession();
    session.offer(new Map([['OPENAI_API_KEY', 'sk-proj-SECRETVALUE-0123456789wxyz']]), 'environment');
    vi.advanceTimersByTime(CANDIDATE_TTL_MS - 1000);
    session.offer(new Map([['DEEPSEEK_API_KEY', 'sk-SECONDVALUE-0123456789abcd']]), 'other.env');
    expect(session.held()).toBe(2);
    vi.advanceTimersByTime(1001);
    expect(session.held()).toBe(1); // the first one's time is up; the second still has almost 10 minutes
    vi.advanceTimersByTime(CANDIDATE_TTL_MS);
    expect(session.held()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the timer never keeps the process alive (unref)', () => {
    const unref = vi.fn();
    const real = globalThis.setTimeout;
    const spy = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((fn: () => void, ms: number) =>
        Object.assign(real(fn, ms), { unref })) as unknown as typeof setTimeout);
    const session = createImportSession();
    session.offer(new Map([['OPENAI_API_KEY', 'sk-proj-SECRETVALUE-0123456789wxyz']]), 'environment');
    expect(unref).toHaveBeenCalled();
    session.clear();
    spy.mockRestore();
  });

  it('closing the window forgets every candidate at once', async () => {
    const store = createTempStore();
    const core = createTestCore(store, { env: { OPENAI_API_KEY: 'sk-proj-ENVSECRET-0123456789abcd' } });
    const [candidate] = await core.handlers['import:scan-environment'](undefined);
    core.windowClosed();
    const { failed } = await core.handlers['import:commit']({
      items: [{ token: candidate!.token, name: 'Late', model: 'gpt-5.5' }],
    });
    expect(failed[0]?.message).toContain('expired');
    store.cleanup();
  });
});
