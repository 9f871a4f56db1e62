/**
 * Writes are atomic: a writer killed at random moments leaves a file that parses to a complete state.
 * CI runs a short version; `npm run stress` runs 1,000 kills. With non-atomic writes (conf's SNAP
 * mode, which the app no longer uses) the same check fails within a few dozen kills.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../../scripts/stress-store.mjs', import.meta.url));
const run = promisify(execFile);

async function stress(env: NodeJS.ProcessEnv) {
  const { stdout } = await run(process.execPath, [script, '--kills', '25'], { env });
  expect(stdout).toMatch(/^25 kills while writing: /);
  expect(stdout).not.toMatch(/torn|not JSON/);
}

describe('atomic writes', () => {
  it('leave the old or the new state after 25 kills mid-write, never a torn file', async () => {
    const env = { ...process.env };
    delete env.SNAP;
    await stress(env);
  }, 60_000);

  it('stay atomic when SNAP is set (conf wrote in place there, tearing keys.json on a crash)', async () => {
    await stress({ ...process.env, SNAP: '1' });
  }, 60_000);
});
