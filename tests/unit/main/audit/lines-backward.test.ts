import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linesBackward } from '../../../../src/main/audit/lines-backward';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aikm-lines-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function all(text: string, options: { chunk: number; maxLine: number }): Promise<Array<string | null>> {
  const file = join(dir, 'f.txt');
  writeFileSync(file, text);
  const lines: Array<string | null> = [];
  for await (const line of linesBackward(file, options)) lines.push(line);
  return lines;
}

describe('lines backward', () => {
  it('yields lines last to first across tiny chunks, multi-byte characters intact, blank lines skipped', async () => {
    expect(await all('first é\n\nsecond ✓\nthird', { chunk: 3, maxLine: 100 })).toEqual([
      'third',
      'second ✓',
      'first é',
    ]);
  });

  it('yields an over-long line as null without assembling it, and goes on', async () => {
    expect(await all(`ok 1\n${'x'.repeat(50)}\nok 2\n`, { chunk: 4, maxLine: 10 })).toEqual(['ok 2', null, 'ok 1']);
  });
});
