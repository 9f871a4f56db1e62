/** The Electronegativity wrapper passes on our source and fails on an insecure window. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/electronegativity.mjs', import.meta.url));
const insecure = fileURLToPath(new URL('../fixtures/insecure-app', import.meta.url));
const run = promisify(execFile);

describe('security scan', () => {
  it('fails on a window with the sandbox off, Node on and context isolation off', async () => {
    const failure = await run(process.execPath, [script, '--input', insecure]).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toMatch(/SANDBOX_JS_CHECK/);
    expect(failure?.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
  }, 30_000);

  it('passes on the app source: no finding of medium severity or higher', async () => {
    const { stdout } = await run(process.execPath, [script]);
    expect(stdout).toMatch(/0 of MEDIUM or higher severity/);
  }, 30_000);
});
