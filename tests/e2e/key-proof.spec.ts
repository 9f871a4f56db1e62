/**
 * Issue #15 in the window: a key proven by its service's key endpoint shows the credit its limit leaves,
 * and the opt-in spend check (labelled with its cost) turns an empty account's OK into "Out of credit".
 */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

test('an OpenRouter key is proven by its key endpoint and shows the credit left', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await ui.openForm();
  await ui.field('Provider').selectOption({ label: 'OpenAI-compatible (custom)' });
  await ui.field('Service').selectOption({ label: 'OpenRouter' });
  await ui.field('Base URL').fill(app.providers.presetBaseUrls.openrouter);
  await ui.field('Name').fill('Router');
  await ui.field('API key').fill('sk-or-v1-scenario_valid-0123456789abcdef');
  await ui.form.getByRole('button', { name: 'Add API Key' }).click();
  const row = ui.row('Router');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/OK/);
  await expect(row.getByRole('cell').nth(0)).toContainText('Credit left 8.75 USD');
  await row.getByRole('button', { name: 'Details for Router' }).click();
  const details = page.getByRole('region', { name: 'Test details for Router' });
  await expect(details).toContainText('OpenRouter confirmed the key');
  await expect(details).toContainText("the service's key endpoint");
});

test('the spend check is off by default, says what it costs, and finds an empty account', async ({ page }) => {
  const ui = new ApiKeysPage(page);
  await ui.add({
    provider: 'OpenAI (GPT)',
    model: 'gpt-5.5',
    name: 'Empty-Wallet',
    secret: 'sk-proj-scenario_spendless-0123456789abcdef',
  });
  const row = ui.row('Empty-Wallet');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/OK/);
  await row.getByRole('button', { name: 'Details for Empty-Wallet' }).click();
  const spend = page.getByLabel('Check that Empty-Wallet can spend');
  await expect(spend).not.toBeChecked();
  await expect(page.getByText('one request of one output token (a fraction of a cent)')).toBeVisible();
  // The box shows what main stored, so it turns checked once main has answered.
  await spend.click();
  await expect(spend).toBeChecked();
  await row.getByRole('button', { name: 'Test Empty-Wallet' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/Out of credit/);
});
