/**
 * Test results are written behind (issue #16): coalesced, off the event loop, as a journal of changes
 * folded into a whole snapshot now and then; readable after any crash, and on disk before quitting
 * returns. The kill test (results-kill.test.ts) covers crashes of the whole app.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalPathOf, readWriteBehindFiles } from '../../../../src/main/storage/journal-files';
import { type WriteBehindOptions, openWriteBehindFile } from '../../../../src/main/storage/write-behind-file';

let dir: string;
let file: string;
let journal: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-behind-'));
  file = join(dir, 'test-results.json');
  journal = journalPathOf(file);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A change that appends to a list: not idempotent, so a line counted twice would show. */
const appendTo = (previous: unknown, change: unknown) => ({
  list: [...((previous as { list?: unknown[] } | undefined)?.list ?? []), change],
});
const label = 'test results file';
const openFile = (options: Partial<WriteBehindOptions> = {}) =>
  openWriteBehindFile(file, { label, applyChange: appendTo, ...options });
const onDisk = () => Object.fromEntries(readWriteBehindFiles(file, appendTo).entries);
const snapshot = () => JSON.parse(readFileSync(file, 'utf8')) as { seq: number; entries: Record<string, unknown> };
const journalText = () => readFileSync(journal, 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('write-behind file', () => {
  it('writes a change within its delay, not at once, and reads it back on opening', async () => {
    const results = openFile({ delayMs: 50 });
    results.put('a', { n: 1 });
    expect(onDisk()).toEqual({}); // nothing written yet
    await expect.poll(onDisk, { timeout: 2000 }).toEqual({ a: { n: 1 } });
    const reopened = openFile();
    expect(Object.fromEntries(reopened.initial())).toEqual({ a: { n: 1 } });
    expect(reopened.problem).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('keeps both files readable by the user alone', async () => {
    const results = openFile({ compactAtBytes: 0 });
    results.put('a', { n: 1 });
    await results.flush(); // a snapshot
    results.put('a', { n: 2 });
    await results.flush(); // a journal batch
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
  });

  it('coalesces many changes into a few writes, which together hold all of them', async () => {
    let writes = 0;
    const results = openFile({ delayMs: 100, onWritten: () => writes++ });
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
    expect(Object.keys(onDisk())).toHaveLength(10);
    expect(onDisk()['key-9']).toEqual({ n: 99 });
  });

  it('journals a change, not the value it makes, and replays it to the same value', async () => {
    const results = openFile();
    const big = { list: Array.from({ length: 500 }, (_, n) => `old result ${n}`) };
    results.put('a', big);
    await results.flush();
    const before = journalText().length;
    const next = appendTo(big, 'new result');
    results.put('a', next, 'new result');
    await results.flush();
    expect(journalText().length - before).toBeLessThan(60); // the line carries the change alone
    expect(onDisk()).toEqual({ a: next });
    expect(Object.fromEntries(openFile().initial())).toEqual({ a: next });
  });

  it('folds the journal into a new snapshot once it outgrows it, and empties the journal', async () => {
    const written: boolean[] = [];
    const results = openFile({ compactAtBytes: 2000, onWritten: (_bytes, whole) => written.push(whole) });
    let value: unknown;
    for (let i = 0; i < 200; i++) {
      value = appendTo(value, i);
      results.put('a', value, i);
      if (i % 10 === 9) await results.flush();
    }
    await results.flush();
    expect(written).toContain(true);
    expect(written).toContain(false);
    expect(journalText().length).toBeLessThan(2500);
    expect(snapshot().entries['a']).toBeDefined();
    expect(onDisk()).toEqual({ a: value });
  });

  it('reads past a torn last line (a crash mid-write), and the next batch is not spoiled by it', async () => {
    const results = openFile();
    results.put('a', { n: 1 });
    await results.flush();
    appendFileSync(journal, '\n{"s":2,"i":"b","v":{"n"'); // what a crash mid-append leaves
    const reopened = openFile();
    expect(Object.fromEntries(reopened.initial())).toEqual({ a: { n: 1 } });
    reopened.put('c', { n: 3 });
    await reopened.flush();
    expect(onDisk()).toEqual({ a: { n: 1 }, c: { n: 3 } });
    expect(readWriteBehindFiles(file, appendTo).unreadableLines).toBe(1);
  });

  it('counts a line once: one already in the snapshot, or written twice, is skipped', () => {
    // A crash after a new snapshot landed and before the journal was emptied; then a batch sent twice.
    writeFileSync(file, JSON.stringify({ version: 2, seq: 5, entries: { a: { list: [1, 2] } } }));
    writeFileSync(
      journal,
      ['', '{"s":4,"i":"a","c":2}', '{"s":5,"i":"a","c":2}', '{"s":6,"i":"a","c":3}', '{"s":6,"i":"a","c":3}'].join(
        '\n',
      ),
    );
    expect(onDisk()).toEqual({ a: { list: [1, 2, 3] } });
  });

  it('removes an entry put as undefined, from the journal and the snapshot, and leaves no temporary file', async () => {
    const results = openFile({ compactAtBytes: 0 }); // a snapshot whenever the journal outgrows it
    results.put('a', { n: 1 });
    results.put('b', { n: 2 });
    await results.flush();
    results.put('a', undefined);
    await results.flush();
    expect(onDisk()).toEqual({ b: { n: 2 } });
    const long = { n: 'x'.repeat(100) };
    results.put('b', long);
    await results.flush();
    expect(snapshot().entries).toEqual({ b: long });
    expect(readdirSync(dir).sort()).toEqual(['test-results.journal', 'test-results.json']);
  });

  it('flushSync writes what is pending before it returns (quitting)', () => {
    const results = openFile({ delayMs: 60_000 });
    results.put('a', { n: 1 });
    results.flushSync();
    expect(onDisk()).toEqual({ a: { n: 1 } });
  });

  it('a write under way when quitting cannot undo what flushSync wrote', async () => {
    for (const compactAtBytes of [0, 1_000_000]) {
      rmSync(file, { force: true });
      rmSync(journal, { force: true });
      const results = openFile({ delayMs: 60_000, compactAtBytes });
      results.put('a', { n: 1 });
      const older = results.flush(); // under way: its batch or snapshot is being written and synced
      results.put('a', { n: 2 });
      results.flushSync();
      await older;
      expect(onDisk()).toEqual({ a: { n: 2 } });
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });

  it('a write that fails is reported, keeps everything in memory, and succeeds with the next flush', async () => {
    for (const compactAtBytes of [0, 1_000_000]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      const results = openFile({ compactAtBytes });
      rmSync(dir, { recursive: true });
      results.put('a', { n: 1 });
      results.put('a', appendTo({ n: 1 }, 'x'), 'x');
      await expect(results.flush()).rejects.toThrow();
      mkdirSync(dir);
      await results.flush();
      expect(onDisk()).toEqual({ a: { list: ['x'] } });
    }
  });

  it('a snapshot that fails leaves the batch to the journal: results keep reaching the disk', async () => {
    const errors: unknown[] = [];
    const results = openFile({ compactAtBytes: 0, onError: (error) => errors.push(error) }); // every write a snapshot
    // The first two snapshots' temporary names are taken: they fail.
    for (const n of [1, 2]) mkdirSync(`${file}.${process.pid}-${n}.tmp`);
    results.put('a', { n: 1 });
    await results.flush(); // resolves: the line is in the journal
    expect(errors).toHaveLength(1);
    expect(onDisk()).toEqual({ a: { n: 1 } });
    results.put('a', { n: 2 });
    results.flushSync(); // quitting while snapshots fail: appended too
    expect(onDisk()).toEqual({ a: { n: 2 } });
    expect(errors).toHaveLength(2);
    for (const n of [1, 2]) rmSync(`${file}.${process.pid}-${n}.tmp`, { recursive: true });
    results.put('b', { n: 3 });
    await results.flush(); // the snapshot still due is written now
    expect(snapshot().entries).toEqual({ a: { n: 2 }, b: { n: 3 } });
    expect(onDisk()).toEqual({ a: { n: 2 }, b: { n: 3 } });
  });

  it('applies lines in the order of their numbers, whatever order they landed in', () => {
    writeFileSync(file, JSON.stringify({ version: 2, seq: 1, entries: { a: { list: [1] } } }));
    writeFileSync(journal, ['', '{"s":4,"i":"a","c":4}', '{"s":2,"i":"a","c":2}', '{"s":3,"i":"a","c":3}'].join('\n'));
    expect(onDisk()).toEqual({ a: { list: [1, 2, 3, 4] } });
  });

  it('ignores a journal older than its snapshot (one written by an earlier version), and replaces both', async () => {
    writeFileSync(file, JSON.stringify({ version: 1, entries: { a: { list: [1, 2] } } })); // no number
    writeFileSync(journal, '\n{"s":7,"i":"a","c":2}');
    const results = openFile();
    expect(Object.fromEntries(results.initial())).toEqual({ a: { list: [1, 2] } });
    results.put('b', { n: 1 });
    await results.flush();
    expect(snapshot().seq).toBeGreaterThan(0);
    expect(onDisk()).toEqual({ a: { list: [1, 2] }, b: { n: 1 } });
  });

  it('removes temporary snapshots a crash left behind', () => {
    writeFileSync(`${file}.4242-7.tmp`, '{"half":');
    writeFileSync(join(dir, 'unrelated.tmp'), 'kept');
    openFile();
    expect(readdirSync(dir).sort()).toEqual(['unrelated.tmp']);
  });

  it('sets a damaged snapshot aside and keeps what the journal holds', () => {
    writeFileSync(file, '{"entries":{"a":{"n":1}');
    writeFileSync(journal, '\n{"s":3,"i":"b","v":{"n":2}}');
    const results = openFile();
    expect(Object.fromEntries(results.initial())).toEqual({ b: { n: 2 } });
    expect(results.problem).toMatch(/test results file was damaged.*test-results\.corrupt-/);
    expect(readdirSync(dir).some((name) => name.startsWith('test-results.corrupt-'))).toBe(true);
  });

  it('never writes over files it could not read', async () => {
    mkdirSync(journal); // reading it fails (EISDIR), as a locked file would
    writeFileSync(file, '{"version":2,"seq":0,"entries":{"a":{"n":1}}}');
    const results = openFile();
    expect(results.problem).toMatch(/could not be read/);
    results.put('a', { n: 2 });
    await results.flush();
    results.flushSync();
    expect(readdirSync(journal)).toEqual([]); // still the directory, untouched
    expect(snapshot().entries).toEqual({ a: { n: 1 } });
  });
});
