/**
 * `aikm`: use the keys stored in AI Key Manager from a terminal, through the running app. Plain Node, no
 * Electron: it only talks to the app over its private socket; the app asks the user before any key
 * leaves it. Exit codes: exit-codes.ts (and README "Use your keys").
 */
import type { AccessAnswer, AccessRequest, KeyView, LentKey, Requester } from '../main/cli-access/messages';
import { type Command, USAGE, parseArgs } from './args';
import { ask } from './client';
import { CliFailure, EXIT, exitForError } from './exit-codes';
import { status, table, tested, working } from './output';
import { childEnvironment, resolveProgram, runProgram } from './run-command';
// The app's own version, inlined by the build: the CLI ships with the app and is never versioned apart.
import { version as VERSION } from '../../package.json';

const say = (text: string) => process.stderr.write(`${text}\n`);

/** Who is asking, as this process can tell; the app verifies what it can. */
function requester(withParent: boolean): Requester {
  const self: Requester = { pid: process.pid, ppid: process.ppid, cwd: process.cwd(), argv: process.argv };
  // macOS has no /proc: ask ps which program ran us (`get` binds a grant to it). Linux reads /proc in the app.
  if (withParent && process.platform === 'darwin') {
    try {
      const parent = process
        .getBuiltinModule('node:child_process')
        .execFileSync('ps', ['-o', 'comm=', '-p', String(process.ppid)], { encoding: 'utf8', timeout: 2000 })
        .trim();
      if (parent) self.parentExecutable = parent;
    } catch {
      /* unknown parent: the prompt says so */
    }
  }
  return self;
}

async function request(body: AccessRequest): Promise<Exclude<AccessAnswer, { type: 'error' }>> {
  const answer = await ask(body, { onWaiting: (message) => say(`aikm: ${message}`) });
  if (answer.type !== 'error') return answer;
  const close = answer.candidates?.length ? `\nClose names: ${answer.candidates.join(', ')}` : '';
  throw new CliFailure(exitForError[answer.code] ?? EXIT.appError, `${answer.message}${close}`);
}

function viewsOf(answer: Exclude<AccessAnswer, { type: 'error' }>): KeyView[] {
  if (answer.type === 'secrets') throw new CliFailure(EXIT.appError, 'unexpected answer from AI Key Manager.');
  return answer.keys;
}

function secretsOf(answer: Exclude<AccessAnswer, { type: 'error' }>): LentKey[] {
  if (answer.type !== 'secrets') throw new CliFailure(EXIT.appError, 'unexpected answer from AI Key Manager.');
  return answer.keys;
}

async function main(command: Command): Promise<void> {
  switch (command.command) {
    case 'help':
      return void process.stdout.write(`${USAGE}\n`);
    case 'version':
      return void process.stdout.write(`aikm ${VERSION}\n`);
    case 'list':
    case 'status': {
      const keys = viewsOf(await request({ command: command.command }));
      const text = command.json
        ? JSON.stringify(keys, null, 2)
        : command.command === 'list'
          ? table(keys)
          : status(keys);
      return void process.stdout.write(`${text}\n`);
    }
    case 'test': {
      const keys = viewsOf(await request({ command: 'test', names: command.names, all: command.all }));
      process.stdout.write(`${command.json ? JSON.stringify(keys, null, 2) : tested(keys)}\n`);
      process.exitCode = keys.every(working) ? EXIT.ok : EXIT.testFailed;
      return;
    }
    case 'get': {
      if (process.stdout.isTTY && !command.reveal) {
        throw new CliFailure(
          EXIT.terminal,
          'refusing to print a key to the terminal (scrollback, screen sharing). Use $(aikm get NAME) or a pipe, or add --reveal.',
        );
      }
      const [key] = secretsOf(
        await request({ command: 'get', name: command.name, anyway: command.anyway, requester: requester(true) }),
      );
      if (key) process.stdout.write(`${key.secret}\n`);
      return;
    }
    case 'run': {
      // Found before anything is asked: a typo must not open a prompt.
      const file = resolveProgram(command.program);
      const { keys, providers, env, anyway } = command;
      const lent = secretsOf(
        await request({
          command: 'run',
          keys,
          providers,
          env,
          anyway,
          requester: requester(false),
          program: { file, args: command.args },
        }),
      );
      for (const key of lent) say(`aikm: ${key.name} (${key.hint}) → ${key.variables.join(', ')}`);
      // exitCode, not exit(): output still queued for a pipe (macOS writes pipes asynchronously) is flushed first.
      process.exitCode = await runProgram(
        file,
        command.program,
        command.args,
        childEnvironment(process.env, lent),
        lent,
        command.mask,
      );
      return;
    }
  }
}

// No top-level await: the CLI is built as CommonJS, which Node starts faster than an ES module.
Promise.resolve()
  .then(() => main(parseArgs(process.argv.slice(2))))
  .catch((error: unknown) => {
    if (error instanceof CliFailure) {
      say(`aikm: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      // Never print the error object itself: it could carry anything that passed through.
      say(`aikm: unexpected failure (${(error as Error)?.name ?? 'error'}).`);
      process.exitCode = EXIT.appError;
    }
  });
