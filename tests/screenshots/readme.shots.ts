/**
 * The README's screenshots, taken from the real renderer wired to the real core (fake providers), at
 * the app's default window size (1180×780, playwright.screenshots.config.ts). What only a test run
 * would show — the test cipher's name, a temporary directory, `req_fake_…` ids — is replaced by what a
 * user's machine shows (harness options); the keys are still encrypted and stored by the real code.
 */
import { ApiKeysPage } from '../e2e/support/api-keys-page';
import { expect, test } from '../e2e/support/fixtures';
import type { AppHarness } from '../e2e/support/app-harness';
import { renderTrayMenu } from './tray-menu-page';

const out = (name: string) => `docs/screenshots/${name}.png`;

/** A request id shaped like a provider's (letters and digits), stable from run to run. */
function realisticRequestId(n: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let seed = 2_654_435_761 * (n + 7);
  let id = 'req_011CV';
  for (let i = 0; i < 18; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    id += alphabet[seed % alphabet.length];
  }
  return id;
}

async function realistic(app: AppHarness, page: import('@playwright/test').Page) {
  app.shownBackend = 'gnome_libsecret';
  app.shownStorePath = '/home/alex/.config/AI Key Manager/keys.json';
  app.providers.requestId = realisticRequestId;
  app.boot();
  await page.reload();
}

async function addSampleKeys(ui: ApiKeysPage) {
  const keys = [
    {
      provider: 'OpenAI (GPT)',
      model: 'gpt-5.5',
      name: 'OpenAI-Production',
      secret: 'sk-proj-scenario_valid-Q7f3k9LmN2pR8sT1vW4xY6zA0bC5dE7fa1b2',
    },
    {
      provider: 'Anthropic (Claude)',
      model: 'claude-sonnet-5-5',
      name: 'Claude-Testing',
      secret: 'sk-ant-api03-scenario_invalid-h3J8kL2mN9pQ4rS7tV1wX5yZ0aB6cD3eF8gHAA',
    },
    {
      provider: 'Google (Gemini)',
      model: 'gemini-3.8-flash',
      name: 'Gemini-Research',
      secret: 'AQ.Ab8RN6-scenario_ratelimit-k2M7nP4qR9sT3vW8xY1z',
    },
    {
      provider: 'DeepSeek',
      model: 'deepseek-flash',
      name: 'DeepSeek-Main',
      secret: 'sk-scenario_valid-40b7a17adc7083215c69cebc2f',
    },
  ];
  for (const key of keys) await ui.add(key);
  for (const key of keys) await expect(ui.row(key.name).locator('.badge-testing, .badge-neutral')).toHaveCount(0);
}

async function dismissToasts(page: import('@playwright/test').Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true });
  while ((await dismiss.count()) > 0)
    await dismiss
      .first()
      .click({ timeout: 1000 })
      .catch(() => {});
}

test('API Key Management with keys, statuses and details', async ({ app, page }) => {
  await realistic(app, page);
  const ui = new ApiKeysPage(page);
  await addSampleKeys(ui);
  await page.getByRole('button', { name: 'Test all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'need attention' })).toBeVisible();
  await dismissToasts(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('api-keys') });
  // The dark one has a key's details open: the diagnosis, what to do, the facts, rename and rotate.
  await page.emulateMedia({ colorScheme: 'dark' });
  await ui.row('Claude-Testing').getByRole('button', { name: 'Details for Claude-Testing' }).click();
  await expect(page.getByRole('region', { name: 'Test details for Claude-Testing' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out('api-keys-dark') });
});

test('the add sheet warns about a key that looks like another provider', async ({ page }) => {
  const ui = new ApiKeysPage(page);
  await ui.openForm();
  await ui.field('Name').fill('Claude-Prod');
  await ui.field('API key').fill('sk-ant-api03-pasted-under-openai-by-mistake');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('This looks like a key for Anthropic (Claude).')).toBeVisible();
  await page.screenshot({ path: out('add-form-warning') });
});

test('the tray menu, as its builder renders it', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await addSampleKeys(ui);
  const menu = await renderTrayMenu(page, await app.core.listKeys());
  await menu.locator('.menu').screenshot({ path: out('tray-menu') });
  await menu.close();
});

test('Security, Preferences and Help', async ({ app, page }) => {
  await realistic(app, page);
  await page.getByRole('button', { name: 'Security' }).click();
  await expect(page.getByRole('region', { name: 'Security status' })).toContainText('gnome_libsecret');
  await page.screenshot({ path: out('security') });
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.screenshot({ path: out('preferences') });
  await page.getByRole('navigation').getByRole('button', { name: 'Help' }).click();
  await page.screenshot({ path: out('help') });
});
