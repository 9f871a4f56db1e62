/** The CLI's pure parts: arguments, the output mask across chunk boundaries, the child's environment. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { maskStream } from '../../../src/cli/mask-stream';
import { childEnvironment, resolveProgram } from '../../../src/cli/run-command';

async function masked(chunks: string[], secrets: { secret: string; hint: string }[]): Promise<string> {
  let out = '';
  for await (const part of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(maskStream(secrets)))
    out += String(part);
  return out;
}

describe('aikm parts', () => {
  it('parses run with repeated options, --opt=value, and the command after --', () => {
    expect(
      parseArgs([
        'run',
        '--key',
        'A',
        '--key=B',
        '--provider',
        'OpenAI',
        '--env',
        'X_KEY=C',
        '--mask',
        '--',
        'cmd',
        '--key',
        'x',
      ]),
    ).toEqual({
      command: 'run',
      keys: ['A', 'B'],
      providers: ['openai'],
      env: [{ variable: 'X_KEY', name: 'C' }],
      anyway: false,
      mask: true,
      program: 'cmd',
      args: ['--key', 'x'],
    });
    expect(() => parseArgs(['run', '--', 'cmd'])).toThrow(/Name at least one key/);
    expect(() => parseArgs(['test'])).toThrow(/or --all/);
    expect(() => parseArgs(['get', 'A', '--bogus'])).toThrow(/Unknown option --bogus/);
    expect(() => parseArgs(['run', '--env', 'lower=A', '--', 'x'])).toThrow(/must match/);
  });

  it('masks keys split across chunks, holds back only a possible key start, passes other bytes through', async () => {
    const secrets = [{ secret: 'sk-proj-ABCDEFGH', hint: 'sk-proj-…EFGH' }];
    expect(await masked(['key: sk-pr', 'oj-ABC', 'DEFGH done'], secrets)).toBe('key: sk-proj-…EFGH done');
    expect(await masked(['prompt> sk-', 'x'], secrets)).toBe('prompt> sk-x');
    expect(await masked(['ends with sk-pro'], secrets)).toBe('ends with sk-pro');
    expect(await masked(['twice sk-proj-ABCDEFGHsk-proj-ABCDEFGH'], secrets)).toBe('twice sk-proj-…EFGHsk-proj-…EFGH');
  });

  it('finds commands like a shell and sets only the named variables', () => {
    expect(resolveProgram('sh')).toMatch(/\/sh$/);
    expect(() => resolveProgram('aikm-surely-missing')).toThrow(/command not found/);
    const env = childEnvironment({ PATH: '/bin', OPENAI_API_KEY: 'old' }, [
      { variables: ['OPENAI_API_KEY'], secret: 'new', hint: 'n' },
    ]);
    expect(env).toEqual({ PATH: '/bin', OPENAI_API_KEY: 'new' });
  });
});
