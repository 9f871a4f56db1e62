/**
 * The plaintext canary: gathers every place a secret could leak to from the renderer's side and from
 * main's files and logs, so a test can prove a marker string — or any partial or encoded trace of a
 * key — appears in none of them.
 */
import type { Page } from '@playwright/test';
import { tracesIn } from '../../support/key-traces';
import type { AppHarness } from './app-harness';

export async function leakSurfaces(app: AppHarness, page: Page): Promise<Record<string, string>> {
  const inputs = await page
    .locator('input, textarea, select')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const storage = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    idb: JSON.stringify(await indexedDB.databases()),
    cookies: document.cookie,
    title: document.title,
  }));
  await app.flushResults();
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

/**
 * Places holding any trace of `secret`: a run of 10 of its characters, or of its URL-encoded, base64 or
 * hex form (what a provider echoing the key in part or encoded would leave behind), mapped to the traces.
 * The masked hint shows a public prefix such as `sk-ant-api03-`; runs inside it are not a leak.
 */
export async function placesHoldingKey(
  app: AppHarness,
  page: Page,
  secret: string,
  publicPrefix = '',
): Promise<Record<string, string[]>> {
  const surfaces = await leakSurfaces(app, page);
  return Object.fromEntries(
    Object.entries(surfaces)
      .map(([place, text]) => [place, tracesIn(text, secret, publicPrefix)] as const)
      .filter(([, found]) => found.length > 0),
  );
}
