/**
 * Checks on the files `npm run build` produced: a sandboxed preload can `require` only `electron`
 * (and a few built-ins) and must be CommonJS; the renderer's start-up JavaScript has a budget.
 * main-bundle.test.ts and preload-bundle.test.ts run those bundles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

const out = join(import.meta.dirname, '../../out');

test('the preload is a single CommonJS file that requires nothing but electron', () => {
  expect(readdirSync(join(out, 'preload'))).toEqual(['index.cjs']);
  const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  expect([...new Set(required)]).toEqual(['electron']);
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).toContain('exposeInMainWorld("api"');
});

test('the renderer ships at most 100 KB of gzipped JavaScript at start (bundle budget)', () => {
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, 'renderer', src))).length, 0);
  expect(bytes).toBeLessThanOrEqual(100 * 1024);
});
