/**
 * Test results are written behind (issue #16): coalesced, off the event loop, always a whole file, and
 * on disk before quitting returns. The kill test (results-kill.test.ts) covers crashes.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWriteBehindFile } from '../../../../src/main/storage/write-behind-file';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-behind-'));
  file = join(dir, 'test-results.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('write-behind file', () => {
  it('writes a change within its delay, not at once, and reads it back on opening', async () => {
    const results = openWriteBehindFile(file, { label: 'test results file', delayMs: 50 });
    results.put('a', { n: 1 });
    expect(() => readFileSync(file)).toThrow(); // nothing written yet
    await expect.poll(() => onDisk().entries, { timeout: 2000 }).toEqual({ a: { n: 1 } });
    const reopened = openWriteBehindFile(file, { label: 'test results file' });
    expect(Object.fromEntries(reopened.initial())).toEqual({ a: { n: 1 } });
    expect(reopened.problem).toBeNull();
  });

  it('coalesces many changes into a few writes, the last one holding all of them', async () => {
    let writes = 0;
    const results = openWriteBehindFile(file, { label: 'test results file', delayMs: 100, onWritten: () => writes++ });
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      results.put(`key-${i % 10}`, { n: i });
      await sleep(5);
    }
    const elapsed = performance.now() - started;
    await results.flush();
    // At most one write per 100 ms while changes keep coming, plus the final flush.
    expect(writes).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(Object.keys(onDisk().entries)).toHaveLength(10);
    expect(onDisk().entries['key-9']).toEqual({ n: 99 });
  });

  it('removes an entry put as undefined, and leaves no temporary file behind', async () => {
    const results = openWriteBehindFile(file, { label: 'test results file' });
    results.put('a', { n: 1 });
    results.put('b', { n: 2 });
    await results.flush();
    results.put('a', undefined);
    await results.flush();
    expect(onDisk().entries).toEqual({ b: { n: 2 } });
    expect(readdirSync(dir)).toEqual(['test-results.json']);
  });

  it('flushSync writes what is pending before it returns (quitting)', () => {
    const results = openWriteBehindFile(file, { label: 'test results file', delayMs: 60_000 });
    results.put('a', { n: 1 });
    results.flushSync();
    expect(onDisk().entries).toEqual({ a: { n: 1 } });
  });

  it('an older write that lands after a flushSync never replaces the newer file', async () => {
    const results = openWriteBehindFile(file, { label: 'test results file', delayMs: 60_000 });
    results.put('a', { n: 1 });
    const older = results.flush(); // under way: its file is being written and synced
    results.put('a', { n: 2 });
    results.flushSync();
    await older;
    expect(onDisk().entries).toEqual({ a: { n: 2 } });
    expect(readdirSync(dir)).toEqual(['test-results.json']);
  });

  it('a write that fails is reported, keeps everything in memory, and succeeds with the next flush', async () => {
    const results = openWriteBehindFile(file, { label: 'test results file' });
    rmSync(dir, { recursive: true });
    results.put('a', { n: 1 });
    await expect(results.flush()).rejects.toThrow();
    mkdirSync(dir);
    await results.flush();
    expect(onDisk().entries).toEqual({ a: { n: 1 } });
  });

  it('sets a damaged file aside and starts empty', () => {
    writeFileSync(file, '{"entries":{"a":{"n":1}');
    const results = openWriteBehindFile(file, { label: 'test results file' });
    expect(results.initial().size).toBe(0);
    expect(results.problem).toMatch(/test results file was damaged.*test-results\.corrupt-/);
    expect(readdirSync(dir).some((name) => name.startsWith('test-results.corrupt-'))).toBe(true);
  });

  it('never writes over a file it could not read', async () => {
    mkdirSync(file); // reading it fails (EISDIR), as a locked file would
    const results = openWriteBehindFile(file, { label: 'test results file' });
    expect(results.problem).toMatch(/could not be read/);
    results.put('a', { n: 1 });
    await results.flush();
    results.flushSync();
    expect(readdirSync(file)).toEqual([]); // still the directory, untouched
  });
});
