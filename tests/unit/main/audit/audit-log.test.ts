import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  it('appends one JSON line per event and lists them newest first, surviving a re-open', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    await log.append(entry('added', 'OpenAI-Production'));
    await log.append(entry('tested', 'OpenAI-Production', 'ok'));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const listed = await createFileAuditLog(file).list();
    expect(listed.map((e) => e.event)).toEqual(['tested', 'added']);
  });

  it('filters by event and by key name, ignoring case', async () => {
    const log = createFileAuditLog(join(dir, 'audit.jsonl'));
    await log.append(entry('added', 'OpenAI-Production'));
    await log.append(entry('added', 'Claude-Testing'));
    await log.append(entry('deleted', 'Claude-Testing'));
    expect((await log.list({ event: 'added' })).map((e) => e.keyName)).toEqual(['Claude-Testing', 'OpenAI-Production']);
    expect((await log.list({ search: 'claude' })).map((e) => e.event)).toEqual(['deleted', 'added']);
  });

  it('skips a damaged line instead of failing, and keeps the lines after it', async () => {
    const file = join(dir, 'audit.jsonl');
    const log = createFileAuditLog(file);
    await log.append(entry('added', 'Before'));
    appendFileSync(file, '{"event": "added", "keyName": trunc\n');
    await log.append(entry('added', 'After'));
    expect((await log.list()).map((e) => e.keyName)).toEqual(['After', 'Before']);
  });

  it('shortens a long detail, and refuses an entry outside the schema without throwing', async () => {
    const log = createFileAuditLog(join(dir, 'audit.jsonl'));
    await log.append({ ...entry('added', 'x'), detail: 'd'.repeat(500) });
    expect((await log.list())[0]?.detail).toHaveLength(200);
    await expect(log.append({ ...entry('added', 'x'), provider: 'evil' as never })).rejects.toThrow('outside the schema');
  });
});

describe('CSV export', () => {
  it('quotes every cell and defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([
      { at: '2026-11-26T10:00:00.000Z', event: 'renamed', keyId: 'id-1', keyName: '=HYPERLINK("http://evil")', provider: 'openai', detail: 'was "a, b"' },
      { at: '2026-11-26T10:01:00.000Z', event: 'tested', keyId: 'id-2', keyName: '+SUM(A1)', provider: 'gemini', detail: '@cmd' },
    ]);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"time","event","key","provider","detail","key id"');
    expect(lines[1]).toBe(`"2026-11-26T10:00:00.000Z","renamed","'=HYPERLINK(""http://evil"")","openai","was ""a, b""","id-1"`);
    expect(lines[2]).toBe(`"2026-11-26T10:01:00.000Z","tested","'+SUM(A1)","gemini","'@cmd","id-2"`);
  });

  it('semicolon-locale formula injection: a formula after ; or , inside a name is defused too', () => {
    const at = '2026-11-26T10:00:00.000Z';
    const names = ["x;=cmd|' /C calc'!A0", 'a,+1+1', 'b; -2', 'c;@SUM(1)', 'd;\t=1', 'e,\r=1'];
    const csv = toCsv(names.map((keyName) => ({ at, event: 'added' as const, keyId: 'id', keyName, provider: 'openai' as const })));
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
