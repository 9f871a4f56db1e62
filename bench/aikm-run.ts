/**
 * `aikm run -- true` with a remembered grant against `true` run directly: what the CLI adds to starting
 * a command (Node's start, the socket, the handshake, the app's answer, the spawn). The floor for any
 * Node CLI is Node's own start (`node -e 0`), shown beside it.
 */
import { spawn } from 'node:child_process';
import { startAccess } from '../tests/support/access-fixture';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { summary } from '../tests/support/key-summaries';
import { type Figure, summarize } from './stats';

function time(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: 'ignore' });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${file} exited ${code}`)),
    );
  });
}

export async function aikmRun(runs: number): Promise<Figure[]> {
  const key = summary('Bench-Key', 'ok');
  const app = await startAccess([key], { [key.id]: 'sk-bench-0123456789abcdef' }, { approve: async () => 'hours8' });
  try {
    // What a user runs: bin/aikm.cjs (with its compile cache) loading the build in out/cli.
    await buildCli();
    const aikm = [
      fileURLToPath(new URL('../bin/aikm.cjs', import.meta.url)),
      'run',
      '--key',
      'Bench-Key',
      '--',
      'true',
    ];
    await time(process.execPath, aikm, app.env); // the one prompt, answered "for 8 hours"
    const direct: number[] = [];
    const through: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a busy moment of the machine hits all three alike.
      direct.push(await time('true', [], app.env));
      through.push(await time(process.execPath, aikm, app.env));
      node.push(await time(process.execPath, ['-e', '0'], app.env));
    }
    const base = summarize('', direct, '', '').median;
    return [
      summarize(
        'aikm run -- true (remembered grant), overhead over true',
        through.map((t) => t - base),
        'ms',
        '≤ 50 ms',
      ),
      summarize(
        '  floor: Node’s own start (node -e 0) over true',
        node.map((t) => t - base),
        'ms',
        'limit',
      ),
      summarize('  true run directly', direct, 'ms', ''),
    ];
  } finally {
    await app.close();
  }
}
