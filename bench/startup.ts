/**
 * What starting the app costs: modules the main process imports at start, the renderer's initial JS, and how
 * long main is blocked the first time a provider's key is tested (its SDK chunk loads then).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = join(import.meta.dirname, '../out');

export function startupFigures(): string[] {
  const main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
  const imported = [...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1] as string);
  const packages = [...new Set(imported.filter((m) => !m.startsWith('node:') && !m.startsWith('.')))].sort();
  const sdks = ['openai', '@anthropic-ai/sdk', '@google/genai'].filter((sdk) =>
    packages.some((name) => name === sdk || name.startsWith(`${sdk}/`)),
  );
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] as string);
  const gz = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, 'renderer', src))).length, 0);
  const assets = readdirSync(join(out, 'renderer', 'assets')).length;
  return [
    ...sdkChunkFigures(),
    `main process imports at start: ${packages.join(', ')} — provider SDKs among them: ${sdks.length ? sdks.join(', ') : 'none'} (goal: none)`,
    `renderer initial JavaScript: ${(gz / 1024).toFixed(1)} KB gzip in ${scripts.length} file(s), ${assets} assets (goal ≤ 100 KB)`,
  ];
}

/**
 * Each SDK chunk of the built main bundle imported in a fresh Node process, with Node's own event-loop monitor:
 * the longest time the loop could not answer while it loaded (5 runs each, the median). Importing an SDK
 * evaluates it synchronously, so this is the hitch the first test of a provider's key gives a click.
 */
function sdkChunkFigures(): string[] {
  const probe = `
    const { monitorEventLoopDelay } = require('node:perf_hooks');
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    setTimeout(() => import(process.argv[1]).then(() => setTimeout(() => {
      h.disable();
      process.stdout.write(String(Math.max(0, h.max / 1e6 - 5)));
    }, 20)), 50);`;
  const chunks = readdirSync(join(out, 'main')).filter((name) => /^sdk-[a-z]+-[\w-]+\.js$/.test(name));
  return chunks.map((chunk) => {
    const runs = Array.from({ length: 5 }, () =>
      Number(execFileSync(process.execPath, ['-e', probe, join(out, 'main', chunk)], { encoding: 'utf8' })),
    ).sort((a, b) => a - b);
    const name = /^sdk-([a-z]+)/.exec(chunk)?.[1] ?? chunk;
    const [min, median, max] = [runs[0], runs[2], runs[4]].map((ms) => (ms ?? 0).toFixed(0));
    return `first key test through the ${name} SDK: main blocked ${median} ms (${min}–${max}) while its chunk loads (test-all goal for the event loop: ≤ 50 ms)`;
  });
}
