/** The CLI built as `npm run build` builds it (scripts/build-cli.mjs), once per test process, into a temporary directory. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli as build } from '../../scripts/build-cli.mjs';

let built: Promise<string> | null = null;

export function buildCli(): Promise<string> {
  built ??= build(mkdtempSync(join(tmpdir(), 'aikm-cli-')));
  return built;
}
