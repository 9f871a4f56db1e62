/** What starting the app costs: modules the main process imports at start, and the renderer's initial JS. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = join(import.meta.dirname, '../out');

export function startupFigures(): string[] {
  const main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
  const imported = [...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1] as string);
  const packages = [...new Set(imported.filter((m) => !m.startsWith('node:') && !m.startsWith('.')))].sort();
  const sdks = ['openai', '@anthropic-ai/sdk', '@google/genai'].filter((sdk) => packages.includes(sdk));
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] as string);
  const gz = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, 'renderer', src))).length, 0);
  const assets = readdirSync(join(out, 'renderer', 'assets')).length;
  return [
    `main process imports at start: ${packages.join(', ')} — provider SDKs among them: ${sdks.length ? sdks.join(', ') : 'none'} (goal: none)`,
    `renderer initial JavaScript: ${(gz / 1024).toFixed(1)} KB gzip in ${scripts.length} file(s), ${assets} assets (goal ≤ 100 KB)`,
  ];
}
