import { describe, expect, it } from 'vitest';
import { CANDIDATE_TTL_MS, createImportSession, parseDotEnv } from '../../../../src/main/import/env-import';

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
    const [candidate] = session.offer(new Map([['OPENAI_API_KEY', `  "${secret}" `], ['PATH', '/usr/bin']]), 'environment');
    expect(candidate).toMatchObject({ variable: 'OPENAI_API_KEY', provider: 'openai', hint: 'sk-proj-…wxyz', source: 'environment' });
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
    const found = createImportSession().offer(new Map([['OPENAI_API_KEY', 'sk proj with spaces'], ['DEEPSEEK_API_KEY', 'short']]), 'x');
    expect(found).toEqual([]);
  });

  it('scenario import lookalike: a value that looks like another provider\'s key is flagged, before anything is sent', () => {
    const found = createImportSession().offer(new Map([['OPENAI_API_KEY', 'sk-ant-api03-pasted-in-the-wrong-place'], ['GEMINI_API_KEY', 'AQ.Ab8RN6abcdef0123']]), 'x');
    expect(found.map((c) => [c.variable, c.looksLike])).toEqual([
      ['OPENAI_API_KEY', 'anthropic'],
      ['GEMINI_API_KEY', null],
    ]);
  });

  it('maps both Google variables to Gemini', () => {
    const found = createImportSession().offer(new Map([['GOOGLE_API_KEY', 'AIzaSyA-0123456789abcdef'], ['GEMINI_API_KEY', 'AQ.Ab8RN6abcdef0123']]), 'x');
    expect(found.map((c) => c.provider)).toEqual(['gemini', 'gemini']);
  });
});
