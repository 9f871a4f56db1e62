/**
 * Issue #16: a "test all" killed halfway (SIGKILL, no quitting) leaves whole files — keys.json and the
 * results snapshot parse; the results journal may end in one torn line, which reading skips — and every
 * result written before the last flush is in them, as the app reads them. The child
 * runs the app's own core (tests/fixtures/results-writer.ts); each kill starts a new one on the files the
 * previous one left, so reopening a killed store is tested too. AIKM_KILLS=100 for a longer run.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readWriteBehindFiles } from '../../../../src/main/storage/journal-files';
import { RESULTS_FILE } from '../../../../src/main/vault/file-repository';
import { applyResultChange } from '../../../../src/main/vault/results-book';

const child = fileURLToPath(new URL('../../../fixtures/ts-child.mjs', import.meta.url));
const writer = fileURLToPath(new URL('../../../fixtures/results-writer.ts', import.meta.url));
const kills = Number(process.env.AIKM_KILLS) || 3;
const KEYS = 120;
const dir = mkdtempSync(join(tmpdir(), 'aikm-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Results = Record<string, { lastTest?: { testedAt: string }; history?: unknown[] }>;

async function runAndKill(keyHex: string): Promise<Record<string, string>> {
  const writerProcess: ChildProcess = fork(child, [writer, dir, keyHex, String(KEYS)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let flushed: Record<string, string> = {};
  let flushes = 0;
  await new Promise<void>((resolve, reject) => {
    writerProcess.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
    writerProcess.on('message', (message: { ready?: boolean; flushed?: Record<string, string> }) => {
      if (message.ready) resolve();
      // A flush before the first result was announced vouches for nothing: it does not count.
      if (message.flushed && Object.keys(message.flushed).length > 0) {
        flushed = message.flushed;
        flushes += 1;
      }
    });
  });
  // Killed at a random moment of "test all", after at least one flush was confirmed.
  await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 400));
  while (flushes === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  writerProcess.removeAllListeners('exit');
  const exited = new Promise((resolve) => writerProcess.once('exit', resolve));
  writerProcess.kill('SIGKILL');
  await exited;
  return flushed;
}

describe('a test-all killed halfway', () => {
  it(`leaves whole files holding every result flushed before the kill (${kills} kills)`, async () => {
    const keyHex = randomBytes(32).toString('hex');
    for (let kill = 0; kill < kills; kill++) {
      const flushed = await runAndKill(keyHex);
      const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as { keys: unknown[] };
      expect(keys.keys).toHaveLength(KEYS);
      // The snapshot is whole whenever there is one; the journal may end in a torn line, which reading skips.
      const snapshot = join(dir, RESULTS_FILE);
      if (existsSync(snapshot)) expect(() => JSON.parse(readFileSync(snapshot, 'utf8')) as unknown).not.toThrow();
      const read = readWriteBehindFiles(snapshot, applyResultChange);
      expect(read.damaged).toBe(false);
      expect(read.unreadableLines).toBeLessThanOrEqual(kill + 1);
      const results = Object.fromEntries(read.entries) as Results;
      expect(Object.keys(flushed).length).toBeGreaterThan(0);
      const missing = Object.entries(flushed).filter(([id, at]) => (results[id]?.lastTest?.testedAt ?? '') < at);
      expect(missing).toEqual([]);
    }
  }, 120_000);
});
