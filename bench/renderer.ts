/**
 * First paint of API Key Management with 1,000 keys, in headless Chromium, through the e2e harness
 * (the real renderer bundle and the real core). Measured inside the page:
 * - total: navigation start → the frame after the table shows its first page with all keys loaded;
 * - renderer: the keys:list answer arriving → that frame (the app's own work; the harness's
 *   Playwright binding that carries the answer is far slower than Electron IPC, so it is split out).
 */
import { chromium } from '@playwright/test';
import { AppHarness } from '../tests/e2e/support/app-harness';
import { chromiumArgs, chromiumExecutable } from '../tests/support/chromium';
import { type BuiltInProviderId, builtInProviderIds } from '../src/shared/providers';
import { type Figure, summarize } from './stats';

interface Marks {
  listEnd?: number;
  painted?: number;
}

export async function firstPaint(runs: number, rows = 1000): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  const total: number[] = [];
  const own: number[] = [];
  try {
    const page = await browser.newPage();
    await page.addInitScript((count: number) => {
      const w = window as unknown as { __marks: Marks; __aikmInvoke: (c: string, i: unknown) => Promise<unknown> };
      w.__marks = {};
      const label = `${count} ${count === 1 ? 'key' : 'keys'}`;
      document.addEventListener('DOMContentLoaded', () => {
        const invoke = w.__aikmInvoke;
        w.__aikmInvoke = async (channel, input) => {
          const reply = await invoke(channel, input);
          if (channel === 'keys:list') w.__marks.listEnd = performance.now();
          return reply;
        };
        const observer = new MutationObserver(() => {
          if (document.querySelector('.count')?.textContent !== label) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (w.__marks.painted = performance.now()), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    }, rows);
    const app = await AppHarness.start(page);
    for (let i = 0; i < rows; i++) {
      const provider = builtInProviderIds[i % builtInProviderIds.length] as BuiltInProviderId;
      await app.core.vault.add({
        provider,
        model: 'm',
        name: `Key-${String(i).padStart(4, '0')}`,
        secret: `sk-bench-${i}-0123456789abcdef`,
      });
    }
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.painted !== undefined, null, {
        timeout: 30_000,
      });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Required<Marks> }).__marks);
      total.push(marks.painted);
      own.push(marks.painted - marks.listEnd);
    }
    await app.close();
  } finally {
    await browser.close();
  }
  return [
    summarize(`renderer: first paint with ${rows} keys, total in harness`, total, 'ms', '≤ 150 ms'),
    summarize(`  of which the renderer's own (answer → painted)`, own, 'ms', ''),
  ];
}
