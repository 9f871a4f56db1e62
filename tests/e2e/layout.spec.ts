/**
 * Issue #17's layout promise: from the minimum window width (760 px) up, every action of every row is
 * inside the window and clickable without scrolling sideways, and at the default window size
 * (1180×780) the list starts above the fold.
 */
import type { Locator, Page } from '@playwright/test';
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

const keys = [
  { provider: 'OpenAI (GPT)', name: 'OpenAI-Production', secret: 'sk-proj-scenario_valid-0123456789abcdef' },
  { provider: 'Anthropic (Claude)', name: 'Claude-Testing', secret: 'sk-ant-api03-scenario_invalid-0123456789' },
  { provider: 'Google (Gemini)', name: 'Gemini-Research', secret: 'AQ.Ab-scenario_ratelimit-0123456789abcdef' },
  { provider: 'DeepSeek', name: 'DeepSeek-Main', secret: 'sk-scenario_nobalance-0123456789abcdef' },
  // The longest status label there is, and a long name.
  {
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Staging-Long-Descriptive-Name',
    secret: 'sk-proj-scenario_valid-0123456789zzzz',
  },
];

/** The element's box is inside the viewport, and a click at its centre would reach it (nothing covers it). */
async function expectReachable(page: Page, target: Locator, what: string) {
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
  await target.click({ trial: true, timeout: 2000 });
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return at !== null && el.contains(at);
  });
  expect(hit, `${what} is not covered`).toBe(true);
}

test('every row action is inside the window and clickable at 760, 1024, 1180 and 1440 px', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  // A key the keychain cannot open: "Cannot decrypt — re-enter or delete", with Re-enter… in its row.
  await ui.add({ provider: 'DeepSeek', name: 'Copied', secret: 'sk-scenario_valid-copied-0123456789' });
  await expect(ui.row('Copied').getByRole('cell').nth(3)).toHaveText(/OK/);
  app.rotateCipherKey();
  app.boot();
  await page.reload();
  for (const key of keys) await ui.add(key);
  await expect(ui.row('Copied').getByText('Cannot decrypt — re-enter or delete')).toBeVisible();
  for (const key of keys) await expect(ui.row(key.name).locator('.badge-testing, .badge-neutral')).toHaveCount(0);
  // No toast may cover a row while it is measured.
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true });
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1000 })
      .catch(() => {}); // may time out first

  for (const width of [760, 1024, 1180, 1440]) {
    await page.setViewportSize({ width, height: 780 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(scroll, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    const rows = ui.table.locator('tbody tr[data-key-id]');
    // The first visible keys: every row that starts inside the window.
    let checked = 0;
    for (const row of await rows.all()) {
      const box = await row.boundingBox();
      if (!box || box.y >= 780) continue;
      await row.scrollIntoViewIfNeeded();
      for (const button of await row.getByRole('button').all()) {
        const name = (await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '';
        await expectReachable(page, button, `${name} at ${width} px`);
      }
      checked += 1;
    }
    expect(checked, `rows checked at ${width} px`).toBeGreaterThanOrEqual(3);
  }
  // The fixes are among those actions.
  await expect(ui.row('Claude-Testing').getByRole('button', { name: 'Re-enter Claude-Testing' })).toBeVisible();
  await expect(ui.row('DeepSeek-Main').getByRole('button', { name: 'Open billing DeepSeek-Main' })).toBeVisible();
  await expect(ui.row('Copied').getByRole('button', { name: 'Re-enter Copied' })).toBeVisible();
});

test('at the default window size (1180×780) the list is visible without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 780 });
  const ui = new ApiKeysPage(page);
  for (const key of keys.slice(0, 4)) await ui.add(key);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const key of keys.slice(0, 4)) {
    const box = await ui.row(key.name).boundingBox();
    expect(box!.y + box!.height, `${key.name} is above the fold`).toBeLessThanOrEqual(780);
  }
  // Above the list: one line of header, the cost note, the list's own title and search; no add form.
  await expect(ui.form).toHaveCount(0);
  const header = await ui.table.getByRole('columnheader', { name: 'Name' }).boundingBox();
  expect(header!.y).toBeLessThan(300);
});
