/**
 * `aikm run`: finds the command the way a shell would (before anything is asked, so a typo never opens
 * a prompt), then starts it without a shell — arguments reach it exactly as typed — with the keys in
 * its environment. stdin/stdout/stderr are inherited, so the terminal stays a terminal (with --mask,
 * stdout and stderr go through the mask instead). The exit code passes through; a command killed by a
 * signal makes aikm die of the same signal (or exit 128+n). SIGTERM and SIGHUP are forwarded; SIGINT
 * is not, because the terminal already sends it to the whole foreground process group.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { constants as os } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { CliFailure, EXIT } from './exit-codes';
import { maskStream } from './mask-stream';

const executable = (path: string) => {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The absolute path of `program`: a path as given (relative to the cwd), or the first match on PATH. */
export function resolveProgram(program: string, env: NodeJS.ProcessEnv = process.env): string {
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';')] : [''];
  if (program.includes('/') || (windows && program.includes('\\'))) {
    const path = isAbsolute(program) ? program : resolve(program);
    const found = extensions.map((ext) => path + ext).find((p) => executable(p));
    if (found) return found;
    let exists = false;
    try {
      exists = statSync(path).isFile();
    } catch {
      /* missing */
    }
    throw exists
      ? new CliFailure(EXIT.notExecutable, `${program}: permission denied`)
      : new CliFailure(EXIT.notFound, `${program}: no such file`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    // An empty PATH entry means the current directory, as in sh.
    for (const ext of extensions) {
      const candidate = join(dir || '.', program + ext);
      if (executable(candidate)) return resolve(candidate);
    }
  }
  throw new CliFailure(EXIT.notFound, `${program}: command not found`);
}

export interface Injected {
  variables: string[];
  secret: string;
  hint: string;
}

/** The parent's environment, with the injected variables set (an existing value of the same name is replaced). */
export function childEnvironment(parent: NodeJS.ProcessEnv, injected: readonly Injected[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...parent };
  for (const { variables, secret } of injected) for (const name of variables) env[name] = secret;
  return env;
}

/** Runs the command; answers the exit code aikm should end with (after re-raising a signal that killed it). */
export function runProgram(
  file: string,
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  injected: readonly Injected[],
  mask: boolean,
): Promise<number> {
  // node:child_process is loaded here, not at start: list and get never need it.
  const { spawn } = process.getBuiltinModule('node:child_process');
  return new Promise<number>((resolve) => {
    const child = spawn(file, args, { argv0: name, env, stdio: mask ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    if (mask) {
      child.stdout?.pipe(maskStream(injected)).pipe(process.stdout);
      child.stderr?.pipe(maskStream(injected)).pipe(process.stderr);
    }
    const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
    const handlers = { SIGTERM: forward('SIGTERM'), SIGHUP: forward('SIGHUP'), SIGINT: () => undefined } as const;
    for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
    const detach = () => {
      for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
    };

    child.once('error', (error: NodeJS.ErrnoException) => {
      detach();
      process.stderr.write(`aikm: ${name}: ${error.code === 'ENOENT' ? 'command not found' : 'cannot be run'}\n`);
      resolve(error.code === 'ENOENT' ? EXIT.notFound : EXIT.notExecutable);
    });
    // 'close', not 'exit': with --mask, the last output must be written before aikm ends.
    child.once('close', (code, signal) => {
      detach();
      if (signal) {
        // Die of the same signal, so the caller (a shell, make, CI) sees what really happened.
        // Node ignores SIGPIPE, and a signal may be blocked: then the shells' convention, 128 + n.
        process.kill(process.pid, signal);
        setTimeout(() => resolve(128 + (os.signals[signal] ?? 0)), 200);
        return;
      }
      resolve(code ?? 1);
    });
  });
}
