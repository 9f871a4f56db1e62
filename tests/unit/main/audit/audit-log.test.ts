import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAuditLog, toCsv } from '../../../../src/main/audit/audit-log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (event: 'added' | 'tested' | 'deleted', keyName: string, detail?: string) => ({
  event,
  keyId: '4f8a0c53-2d2f-4c1e-9b8e-0a1b2c3d4e5f',
  keyName,
  provider: 'openai' as const,
  ...(detail ? { detail } : {}),
});

describe('audit log', () => {
  it('writes a thousand entries made at once: every line whole and in order, each caller told once its line is down', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    const linesWhenDone: number[] = [];
    const lines = () => readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    await Promise.all(
      Array.from({ length: 1000 }, (_, n) =>
        log.append(entry('tested', `Key-${n}`, 'ok')).then(() => linesWhenDone.push(lines() - n)),
      ),
    );
    const names = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { keyName: string }).keyName);
    expect(names).toEqual(Array.from({ length: 1000 }, (_, n) => `Key-${n}`));
    // Resolved only once the caller's own line was in the file (lines written ≥ its position).
    expect(linesWhenDone.every((ahead) => ahead >= 1)).toBe(true);
    await log.append(entry('deleted', 'Key-0'));
    expect(lines()).toBe(1001);
  });

  it('appends one JSON line per event and lists them newest first, surviving a re-open', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    await log.append(entry('added', 'OpenAI-Production'));
    await log.append(entry('tested', 'OpenAI-Production', 'ok'));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const listed = (await createFileAuditLog(file).list()).entries;
    expect(listed.map((e) => e.event)).toEqual(['tested', 'added']);
  });

  it('filters by event and by key name, ignoring case', async () => {
    const log = createFileAuditLog(join(dir, 'audit.jsonl'));
    await log.append(entry('added', 'OpenAI-Production'));
    await log.append(entry('added', 'Claude-Testing'));
    await log.append(entry('deleted', 'Claude-Testing'));
    expect((await log.list({ event: 'added' })).entries.map((e) => e.keyName)).toEqual([
      'Claude-Testing',
      'OpenAI-Production',
    ]);
    expect((await log.list({ search: 'claude' })).entries.map((e) => e.event)).toEqual(['deleted', 'added']);
  });

  it('skips a damaged line instead of failing, and keeps the lines after it', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    await log.append(entry('added', 'Before'));
    appendFileSync(file, '{"event": "added", "keyName": trunc\n');
    await log.append(entry('added', 'After'));
    const listed = await log.list();
    expect(listed.entries.map((e) => e.keyName)).toEqual(['After', 'Before']);
    expect(listed.warning).toContain('1 damaged line was skipped');
  });

  it('shortens a long detail, and refuses an entry outside the schema without throwing', async () => {
    const log = createFileAuditLog(join(dir, 'audit.jsonl'));
    await log.append({ ...entry('added', 'x'), detail: 'd'.repeat(500) });
    expect((await log.list()).entries[0]?.detail).toHaveLength(200);
    await expect(log.append({ ...entry('added', 'x'), provider: 'evil' as never })).rejects.toThrow(
      'outside the schema',
    );
  });
});

describe('audit log: size and damage', () => {
  it('rotates by size: never more than the set number of files, each under the limit, read newest-first across them', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file, () => new Date('2026-11-26T10:00:00.000Z'), {
      maxBytes: 600,
      files: 3,
      batchMs: 0,
    });
    for (let i = 0; i < 40; i++) await log.append(entry('tested', `Key-${String(i).padStart(2, '0')}`, 'ok'));
    expect(existsSync(`${file}.1`) && existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    for (const part of [file, `${file}.1`, `${file}.2`]) expect(statSync(part).size).toBeLessThanOrEqual(600);
    const names = (await log.list()).entries.map((e) => e.keyName);
    expect(names[0]).toBe('Key-39');
    expect(names).toEqual([...names].sort().reverse()); // newest first, in order across the files
    expect(names.length).toBeLessThan(40); // the oldest file was dropped
  });

  it("a log past V8's string limit still lists its newest entries instead of reading as empty", async () => {
    const file = join(dir, 'audit.jsonl');
    writeFileSync(file, `${JSON.stringify({ ...entry('added', 'Oldest'), at: '2026-01-01T00:00:00.000Z' })}\n`);
    truncateSync(file, 600 * 1024 * 1024); // sparse: no disk used, but readFile would need a 600 MB string
    appendFileSync(file, `\n${JSON.stringify({ ...entry('deleted', 'Newest'), at: '2026-11-26T10:00:00.000Z' })}\n`);
    const listed = await createFileAuditLog(file).list();
    expect(listed.entries.map((e) => e.keyName)).toEqual(['Newest', 'Oldest']);
    expect(listed.warning).toContain('damaged');
  }, 30_000);

  it('a part that cannot be read is reported, and the readable parts are still shown', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    await log.append(entry('added', 'Readable'));
    mkdirSync(`${file}.1`); // reading it fails (EISDIR), as an unreadable file would
    const listed = await log.list();
    expect(listed.entries.map((e) => e.keyName)).toEqual(['Readable']);
    expect(listed.warning).toContain('audit.jsonl.1 could not be read');
  });
});

describe('CSV export', () => {
  it('quotes every cell and defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([
      {
        at: '2026-11-26T10:00:00.000Z',
        event: 'renamed',
        keyId: 'id-1',
        keyName: '=HYPERLINK("http://evil")',
        provider: 'openai',
        detail: 'was "a, b"',
      },
      {
        at: '2026-11-26T10:01:00.000Z',
        event: 'tested',
        keyId: 'id-2',
        keyName: '+SUM(A1)',
        provider: 'gemini',
        detail: '@cmd',
      },
    ]);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"time","event","key","provider","detail","key id"');
    expect(lines[1]).toBe(
      `"2026-11-26T10:00:00.000Z","renamed","'=HYPERLINK(""http://evil"")","openai","was ""a, b""","id-1"`,
    );
    expect(lines[2]).toBe(`"2026-11-26T10:01:00.000Z","tested","'+SUM(A1)","gemini","'@cmd","id-2"`);
  });

  it('semicolon-locale formula injection: a formula after ; or , inside a name is defused too', () => {
    const at = '2026-11-26T10:00:00.000Z';
    const names = ["x;=cmd|' /C calc'!A0", 'a,+1+1', 'b; -2', 'c;@SUM(1)', 'd;\t=1', 'e,\r=1'];
    const csv = toCsv(
      names.map((keyName) => ({ at, event: 'added' as const, keyId: 'id', keyName, provider: 'openai' as const })),
    );
    const cells = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split('","')[2] ?? '');
    expect(cells).toEqual([`x;'=cmd|' /C calc'!A0`, "a,'+1+1", "b;' -2", "c;'@SUM(1)", "d;'\t=1", "e,'\r=1"]);
    // Split the way a semicolon or comma locale would: no piece may start like a formula.
    for (const cell of cells) for (const piece of cell.split(/[;,]/)) expect(piece).not.toMatch(/^\s*[=+\-@]/);
  });
});
