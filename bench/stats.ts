/** Median, min and max of repeated runs, and a plain table for the terminal. */
export interface Figure {
  name: string;
  median: number;
  min: number;
  max: number;
  unit: string;
  goal: string;
}

export function summarize(name: string, samples: number[], unit: string, goal: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { name, median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, unit, goal };
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.median.toFixed(2)} ${f.unit}`,
    `${f.min.toFixed(2)}`,
    `${f.max.toFixed(2)}`,
    f.goal,
  ]);
  const header = ['measure', 'median', 'min', 'max', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
