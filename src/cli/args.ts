/** The command line of `aikm`, parsed by hand (no dependency): `--opt VALUE` and `--opt=VALUE` both work. */
import { envNameProblem } from '../main/key-use/env-names';
import { CliFailure, EXIT } from './exit-codes';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'list' | 'status'; json: boolean }
  | { command: 'test'; names: string[]; all: boolean; json: boolean }
  | {
      command: 'run';
      keys: string[];
      /** Checked by the app (it knows its providers); lower-cased here. */
      providers: string[];
      env: { variable: string; name: string }[];
      anyway: boolean;
      mask: boolean;
      program: string;
      args: string[];
    }
  | { command: 'get'; name: string; reveal: boolean; anyway: boolean };

export const USAGE = `Usage:
  aikm list [--json]                 names, providers, status, last test (no secrets)
  aikm status [--json]               health summary
  aikm test NAME… | --all [--json]   run the app's tests (exit 0 when all pass, 1 otherwise)
  aikm run [--key NAME]… [--provider ID]… [--env VAR=NAME]… [--anyway] [--mask] -- COMMAND [ARGS…]
                                     start COMMAND with the keys in its environment (asks in the app)
  aikm get NAME [--reveal] [--anyway]
                                     print the key for $(…) or an apiKeyHelper (asks in the app)
Providers: openai, anthropic, gemini, deepseek, custom.`;

const usage = (message: string) => new CliFailure(EXIT.usage, `${message}\n\n${USAGE}`);

/** Splits the options before `--` (or before the first word that is not an option, for run). */
function options(words: string[], takesValue: ReadonlySet<string>, stopAtWord: boolean) {
  const flags = new Map<string, string[]>();
  const rest: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '--') return { flags, rest, tail: words.slice(i + 1) };
    if (!word.startsWith('--')) {
      if (stopAtWord) return { flags, rest, tail: words.slice(i) };
      rest.push(word);
      continue;
    }
    const [flag, inline] = word.includes('=')
      ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
      : [word, undefined];
    let value = 'true';
    if (takesValue.has(flag)) {
      value = inline ?? words[++i] ?? '';
      if (value === '') throw usage(`${flag} needs a value.`);
    } else if (inline !== undefined) throw usage(`${flag} takes no value.`);
    flags.set(flag, [...(flags.get(flag) ?? []), value]);
  }
  return { flags, rest, tail: [] as string[] };
}

function only(flags: Map<string, string[]>, allowed: readonly string[]): void {
  for (const flag of flags.keys()) if (!allowed.includes(flag)) throw usage(`Unknown option ${flag}.`);
}

export function parseArgs(argv: readonly string[]): Command {
  const [verb, ...words] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return { command: 'help' };
  if (verb === '--version') return { command: 'version' };
  if (verb === 'list' || verb === 'status') {
    const { flags, rest } = options(words, new Set(), false);
    only(flags, ['--json']);
    if (rest.length) throw usage(`${verb} takes no names.`);
    return { command: verb, json: flags.has('--json') };
  }
  if (verb === 'test') {
    const { flags, rest } = options(words, new Set(), false);
    only(flags, ['--all', '--json']);
    const all = flags.has('--all');
    if (all === rest.length > 0) throw usage('Name the keys to test, or --all.');
    return { command: 'test', names: rest, all, json: flags.has('--json') };
  }
  if (verb === 'get') {
    const { flags, rest } = options(words, new Set(), false);
    only(flags, ['--reveal', '--anyway']);
    if (rest.length !== 1) throw usage('get takes exactly one key name.');
    return { command: 'get', name: rest[0] as string, reveal: flags.has('--reveal'), anyway: flags.has('--anyway') };
  }
  if (verb === 'run') {
    const { flags, tail } = options(words, new Set(['--key', '--provider', '--env']), true);
    only(flags, ['--key', '--provider', '--env', '--anyway', '--mask']);
    const [program, ...args] = tail;
    if (!program) throw usage('run needs a command after --.');
    const providers = (flags.get('--provider') ?? []).map((p) => p.toLowerCase());
    const env = (flags.get('--env') ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0 || at === pair.length - 1) throw usage('--env takes VAR=NAME (the variable, then the key name).');
      const variable = pair.slice(0, at);
      const problem = envNameProblem(variable);
      if (problem) throw new CliFailure(EXIT.usage, problem);
      return { variable, name: pair.slice(at + 1) };
    });
    const keys = flags.get('--key') ?? [];
    if (keys.length + providers.length + env.length === 0)
      throw usage('Name at least one key: --key NAME, --provider ID or --env VAR=NAME.');
    return {
      command: 'run',
      keys,
      providers,
      env,
      anyway: flags.has('--anyway'),
      mask: flags.has('--mask'),
      program,
      args,
    };
  }
  throw usage(`Unknown command "${verb}".`);
}
