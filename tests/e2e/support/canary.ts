/**
 * The plaintext canary: gathers every place a secret could leak to from the renderer's side and from
 * main's files and logs, so a test can prove a marker string appears in none of them.
 */
import type { Page } from '@playwright/test';
import type { AppHarness } from './app-harness';

export async function leakSurfaces(app: AppHarness, page: Page): Promise<Record<string, string>> {
  const inputs = await page.locator('input, textarea, select').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const storage = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    idb: JSON.stringify(await indexedDB.databases()),
    cookies: document.cookie,
    title: document.title,
  }));
  return {
    dom: await page.content(),
    inputs: JSON.stringify(inputs),
    replies: JSON.stringify(app.traffic.replies),
    events: JSON.stringify(app.traffic.events),
    logs: JSON.stringify(app.traffic.logs),
    pageStorage: JSON.stringify(storage),
    dataFiles: app.dataFiles(),
  };
}

/** Names of the places where `canary` was found (empty when none). */
export async function placesContaining(app: AppHarness, page: Page, canary: string): Promise<string[]> {
  const surfaces = await leakSurfaces(app, page);
  return Object.entries(surfaces)
    .filter(([, text]) => text.includes(canary))
    .map(([place]) => place);
}
