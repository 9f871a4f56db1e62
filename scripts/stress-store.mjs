// Atomic-write stress test: a child process rewrites the key store in a loop and is killed (SIGKILL)
// at a random moment, many times. After every kill the file must parse to one complete state: the old
// one or the new one, never a torn mix. `node scripts/stress-store.mjs --kills 1000` (default 1000).
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const writer = fileURLToPath(new URL('../tests/fixtures/store-writer.mjs', import.meta.url));
const kills = Number(process.argv[process.argv.indexOf('--kills') + 1]) || 1000;

function verdict(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const keys = parsed.keys ?? [];
  if (keys.length === 0) return 'initial';
  const tags = new Set(keys.map((k) => k.id.split('-')[0]));
  return keys.length === 200 && tags.size === 1 ? `state ${[...tags][0]}` : 'torn';
}

const dir = mkdtempSync(join(tmpdir(), 'aikm-stress-'));
const file = join(dir, 'keys.json');
writeFileSync(file, JSON.stringify({ keys: [] }));
const counts = {};
try {
  for (let i = 0; i < kills; i++) {
    // The writer imports the app's .ts writer: Node strips its types (a flag before Node 22.18).
    const child = fork(writer, [dir], { stdio: 'ignore', execArgv: ['--experimental-strip-types', '--no-warnings'] });
    await new Promise((resolve) => child.once('message', resolve));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const result = verdict(readFileSync(file, 'utf8'));
    counts[result] = (counts[result] ?? 0) + 1;
    if (result === 'not JSON' || result === 'torn') {
      console.error(`kill ${i + 1}: the store file is ${result}`);
      process.exitCode = 1;
      break;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${kills} kills while writing: ${JSON.stringify(counts)}`);
