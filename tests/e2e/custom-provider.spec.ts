/** A custom OpenAI-compatible provider: presets, a bad address refused, a local server tested for real. */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

test('add a key for an OpenAI-compatible service: presets, address checks, live models, base URL shown', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await ui.openForm();
  await ui.field('Provider').selectOption({ label: 'OpenAI-compatible (custom)' });
  await expect(ui.field('Service')).toHaveValue('OpenRouter');
  await expect(ui.field('Base URL')).toHaveValue('https://openrouter.ai/api/v1');
  await ui.field('Service').selectOption({ label: 'Groq' });
  await expect(ui.field('Base URL')).toHaveValue('https://api.groq.com/openai/v1');

  // A plain-http address elsewhere is refused beside the field; nothing is stored.
  await ui.field('Service').selectOption({ label: 'Ollama (this computer)' });
  await ui.field('Base URL').fill('http://example.com/v1');
  await ui.field('Name').fill('Local-Models');
  await ui.field('API key').fill('sk-scenario_valid-local-0123456789');
  await ui.form.getByRole('button', { name: 'Add API Key' }).click();
  await expect(ui.form.getByText('Use https (plain http only for a server on this computer).')).toBeVisible();
  expect(JSON.parse(app.storeFile()).keys).toEqual([]);

  // The fake OpenAI API on 127.0.0.1 stands in for a local OpenAI-compatible server.
  await ui.field('Base URL').fill(app.providers.baseUrls.openai);
  await ui.form.getByRole('button', { name: 'Add API Key' }).click();
  const row = ui.row('Local-Models');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/OK/);
  await expect(row.getByRole('cell').nth(0)).toContainText('Ollama (this computer)');
  await expect(row.getByRole('cell').nth(0)).toContainText(app.providers.baseUrls.openai);
  await row.getByRole('button', { name: 'Details for Local-Models' }).click();
  await expect(
    page.getByRole('combobox', { name: 'Model for Local-Models' }).getByRole('option', { name: 'gpt-5.5' }),
  ).toBeAttached();

  // An address that answers with a web page instead of a model list gets a clear diagnosis.
  await ui.openForm();
  await ui.field('Provider').selectOption({ label: 'OpenAI-compatible (custom)' });
  await ui.field('Service').selectOption({ label: 'Other…' });
  await ui.field('Service name').fill('Wrong-Address');
  await ui.field('Base URL').fill(app.providers.baseUrls.openai);
  await ui.field('Name').fill('Wrong');
  await ui.field('API key').fill('sk-scenario_badshape-0123456789');
  await ui.form.getByRole('button', { name: 'Add API Key' }).click();
  await expect(ui.row('Wrong').getByRole('cell').nth(3)).toHaveText(/Provider error/);
  await ui.row('Wrong').getByRole('button', { name: 'Details for Wrong' }).click();
  await expect(page.getByRole('region', { name: 'Test details for Wrong' })).toContainText('not a model list');
});
