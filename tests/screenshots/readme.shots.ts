/** The README's screenshots, taken from the real renderer wired to the real core (fake providers). */
import { ApiKeysPage } from '../e2e/support/api-keys-page';
import { expect, test } from '../e2e/support/fixtures';
import { renderTrayMenu } from './tray-menu-page';

const out = (name: string) => `docs/screenshots/${name}.png`;

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
  for (const key of keys) await expect(ui.row(key.name).getByRole('cell').nth(3)).not.toHaveText(/Testing|Not tested/);
}

test('API Key Management with keys, statuses and details', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await addSampleKeys(ui);
  for (const name of ['OpenAI-Production', 'Claude-Testing'])
    await ui
      .row(name)
      .getByRole('button', { name: `Test ${name}` })
      .click();
  await ui.row('Claude-Testing').getByRole('button', { name: 'Details for Claude-Testing' }).click();
  await expect(page.getByRole('region', { name: 'Test details for Claude-Testing' })).toBeVisible();
  await page.waitForTimeout(6500); // let the toasts go
  await page.screenshot({ path: out('api-keys'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: out('api-keys-dark'), fullPage: true });
  void app;
});

test('the add form warns about a key that looks like another provider', async ({ page }) => {
  const ui = new ApiKeysPage(page);
  await ui.openForm();
  await ui.field('Name').fill('Claude-Prod');
  await ui.field('API key').fill('sk-ant-api03-pasted-under-openai-by-mistake');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('This looks like a key for Anthropic (Claude).')).toBeVisible();
  await ui.form.screenshot({ path: out('add-form-warning') });
});

test('the tray menu, as its builder renders it', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await addSampleKeys(ui);
  const menu = await renderTrayMenu(page, await app.core.listKeys());
  await menu.locator('.menu').screenshot({ path: out('tray-menu') });
  await menu.close();
});

test('Security and Preferences', async ({ page }) => {
  await page.getByRole('button', { name: 'Security' }).click();
  await page.screenshot({ path: out('security') });
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.screenshot({ path: out('preferences') });
});
