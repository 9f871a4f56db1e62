/**
 * Checks on what `npm run build` produced, where mistakes are invisible until the Electron binary runs:
 * a sandboxed preload can `require` only `electron` (and a few built-ins), and must be CommonJS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const out = join(import.meta.dirname, '../../out');

test('the preload is a single CommonJS file that requires nothing but electron', () => {
  expect(readdirSync(join(out, 'preload'))).toEqual(['index.cjs']);
  const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  expect([...new Set(required)]).toEqual(['electron']);
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).toContain('exposeInMainWorld("api"');
});

test('the main process points the window at that preload', () => {
  const main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
  expect(main).toContain('../preload/index.cjs');
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
  expect(pkg.main).toBe('./out/main/index.js');
});

test('starting the main process loads no provider SDK: each is imported on first test', () => {
  const main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
  for (const sdk of ['openai', '@anthropic-ai/sdk', '@google/genai']) {
    expect(main).not.toMatch(new RegExp(`^import .* from ["']${sdk}["']`, 'm'));
    expect(main).toContain(`import("${sdk}")`);
  }
});

test('the renderer ships at most 100 KB of gzipped JavaScript at start (bundle budget)', () => {
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, 'renderer', src))).length, 0);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
});
