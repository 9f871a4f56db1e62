/**
 * Issue #16: the audit log's lines go out in batches of at most AUDIT_LIMITS.batchMs, each one append: a
 * test-all's thousand "tested" lines are a few dozen appends, not one per result (each append is an open,
 * a write and a close, and each of them wakes the main process when it completes).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const appends = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    appendFile: (...args: Parameters<typeof real.appendFile>) => {
      appends.count += 1;
      return real.appendFile(...args);
    },
  };
});
const { createFileAuditLog } = await import('../../../../src/main/audit/audit-log');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-audit-batches-'));
  appends.count = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const line = (n: number) => ({
  event: 'tested' as const,
  keyId: 'k',
  keyName: `Key-${n}`,
  provider: 'openai' as const,
});

describe('audit log batches', () => {
  it('lines made over half a second go out in about ten appends, all of them, in order', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file, undefined, { batchMs: 50 });
    const started = performance.now();
    const written: Promise<void>[] = [];
    for (let n = 0; n < 100; n++) {
      written.push(log.append(line(n)));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(written);
    const elapsed = performance.now() - started;
    expect(appends.count).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
    expect(appends.count).toBeLessThan(50);
    const names = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((text) => (JSON.parse(text) as { keyName: string }).keyName);
    expect(names).toEqual(Array.from({ length: 100 }, (_, n) => `Key-${n}`));
  });

  it('a line is in the file once its promise resolves, within the batch time', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file, undefined, { batchMs: 50 });
    const started = performance.now();
    await log.append(line(1));
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(readFileSync(file, 'utf8')).toContain('Key-1');
  });

  it('a write that fails rejects its lines, and the lines after it are written', async () => {
    const file = join(dir, 'gone', 'audit.jsonl'); // its folder does not exist yet: the write fails
    const log = createFileAuditLog(file, undefined, { batchMs: 10 });
    await expect(log.append(line(1))).rejects.toThrow();
    mkdirSync(join(dir, 'gone'));
    await log.append(line(2));
    expect((await log.list()).entries.map((e) => e.keyName)).toEqual(['Key-2']);
  });

  it('flush writes the lines still waiting for their batch at once (quitting)', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file, undefined, { batchMs: 60_000 });
    void log.append(line(1));
    const started = performance.now();
    await log.flush();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(readFileSync(file, 'utf8')).toContain('Key-1');
  });

  it('a line cut short by a kill is skipped, and the next line written is whole', async () => {
    const file = join(dir, 'audit.jsonl');
    const whole = JSON.stringify({ ...line(1), at: '2026-11-30T10:00:00.000Z' });
    writeFileSync(file, `${whole}\n${whole.slice(0, 30)}`); // the append under way when the app was killed
    const log = createFileAuditLog(file, undefined, { batchMs: 0 });
    await log.append(line(2));
    const listed = await log.list();
    expect(listed.entries.map((e) => e.keyName)).toEqual(['Key-2', 'Key-1']);
    expect(listed.warning).toContain('1 damaged line was skipped');
  });
});
