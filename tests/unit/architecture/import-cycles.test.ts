import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importCycles, importGraph } from '../../support/import-cycles';

const src = fileURLToPath(new URL('../../../src', import.meta.url));

describe('the import graph of src/', () => {
  it('has no cycle, type-only imports included', () => {
    expect(importCycles(src)).toEqual([]);
  });

  it('finds a cycle made of type-only imports and re-exports (so the check above is not empty)', () => {
    const files = new Map([
      ['/p/a.ts', "import type { B } from './b';\nexport type A = B;"],
      ['/p/b.ts', "export { c } from './dir';\nexport type B = string;"],
      ['/p/dir/index.ts', "import { x } from '../a';\nimport ts from 'typescript';\nexport const c = x;"],
      ['/p/leaf.ts', "import { c } from './dir';"],
    ]);
    expect(findCycles(importGraph(files))).toEqual([['/p/a.ts', '/p/b.ts', '/p/dir/index.ts', '/p/a.ts']]);
  });
});
