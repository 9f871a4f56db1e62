/**
 * Import cycles among a source tree's relative imports, type-only ones included: a cycle of types still
 * ties modules together (neither can move or be understood alone). Imports are read with TypeScript's
 * own pre-processor, so `import type`, `export … from` and `import()` all count.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts)$/;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it; null for packages. */
function resolveRelative(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => SOURCE.test(path) && exists(path)) ?? null;
}

/** Each file's imports that are files of the same set. */
export function importGraph(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const imported = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((ref) => resolveRelative(file, ref.fileName, (p) => files.has(p)));
    graph.set(file, [...new Set(imported.filter((path): path is string => path !== null))]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of files from its first to itself again. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The cycles under `dir`, each written "a.ts -> b.ts -> a.ts" relative to it. */
export function importCycles(dir: string): string[] {
  const files = new Map(
    sourceFiles(dir)
      .filter(existsSync)
      .map((file) => [file, readFileSync(file, 'utf8')] as const),
  );
  return findCycles(importGraph(files)).map((cycle) => cycle.map((file) => relative(dir, file)).join(' -> '));
}
