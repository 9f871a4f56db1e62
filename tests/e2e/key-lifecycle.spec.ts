/** Rotate, rename, duplicates, key age, copy hint, import and the audit log — as a user does them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeysPage } from './support/api-keys-page';
import { placesContaining } from './support/canary';
import { expect, test } from './support/fixtures';

test('rotate: the new key is tested first; a failing one is refused unless the user insists', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await ui.add({
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Production',
    secret: 'sk-proj-scenario_valid-old-0123456789abcd',
  });
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(3)).toHaveText(/OK/);
  await ui.row('OpenAI-Production').getByRole('button', { name: 'Details for OpenAI-Production' }).click();
  const rotate = page.getByRole('form', { name: 'Rotate OpenAI-Production' });

  await rotate.getByLabel('New key').fill('sk-proj-scenario_valid-old-0123456789abcd');
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await expect(rotate.getByText('That is the key already stored; paste the new one.')).toBeVisible();

  await rotate.getByLabel('New key').fill('sk-proj-scenario_invalid-new-0123456789ab');
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'did not pass its test' })).toContainText('Invalid key');
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(2)).toHaveText('sk-proj-…abcd');

  await rotate.getByLabel('New key').fill('sk-proj-scenario_valid-new-0123456789efgh');
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(2)).toHaveText('sk-proj-…efgh');
  await expect(rotate.getByLabel('New key')).toHaveValue('');
  const history = (await app.core.listKeys())[0]!.history;
  expect(history).toHaveLength(2); // the old key's test and the new key's, in one history

  // Override: a key the provider rejects right now can still be stored when the user says so.
  await rotate.getByLabel('New key').fill('sk-proj-scenario_ratelimit-0123456789ijkl');
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await page.getByRole('button', { name: 'Replace anyway' }).click();
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(2)).toHaveText('sk-proj-…ijkl');
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(3)).toHaveText(/Rate limited/);
});

test('rename, duplicate keys, copy hint, and the age reminder', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'DeepSeek', name: 'DeepSeek-Main', secret: 'sk-scenario_valid-dup-0123456789abcdef' });
  await ui.add({ provider: 'DeepSeek', name: 'DeepSeek-Copy', secret: '"sk-scenario_valid-dup-0123456789abcdef"' });
  await expect(ui.form.getByText('This key is already stored as "DeepSeek-Main".')).toBeVisible();
  await ui.closeForm();

  await ui.row('DeepSeek-Main').getByRole('button', { name: 'Details for DeepSeek-Main' }).click();
  const rename = page.getByRole('form', { name: 'Rename DeepSeek-Main' });
  await rename.getByLabel('Name').fill('DeepSeek-Prod');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await ui.expectNames(['DeepSeek-Prod']);

  await page.getByRole('button', { name: 'Copy masked hint' }).click();
  expect(app.traffic.clipboard).toEqual(['sk-…cdef']);
  await page.getByRole('button', { name: 'Open the DeepSeek console' }).click();
  await expect.poll(() => app.traffic.openedUrls).toEqual(['https://platform.deepseek.com/api_keys']);
  // DeepSeek's balance (from its free endpoint) is in the table too.
  await expect(ui.row('DeepSeek-Prod').getByRole('cell').nth(0)).toContainText('Balance 42.50 USD');

  // A key pasted under the wrong provider gets a warning and a one-click switch, never a refusal.
  await ui.openForm();
  await ui.field('Provider').selectOption({ label: 'OpenAI (GPT)' });
  await ui.field('API key').fill('AQ.Ab8RN6-pasted-under-openai-0123');
  await page.getByRole('button', { name: 'Switch to Google (Gemini)' }).click();
  await expect(ui.field('Provider')).toHaveValue('gemini');
  await ui.closeForm();

  // A key added 200 days ago is due for rotation (default reminder: 90 days) in the table and the tray.
  const file = join(app.dataDir, 'keys.json');
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  stored.keys[0].createdAt = new Date(Date.now() - 200 * 86_400_000).toISOString();
  writeFileSync(file, JSON.stringify(stored));
  app.boot();
  await page.reload();
  // A working key due for rotation is amber ("works, but…"), with Rotate… in its row.
  await expect(ui.row('DeepSeek-Prod').getByRole('cell').nth(3)).toContainText('OK · rotation due');
  await expect(ui.row('DeepSeek-Prod').getByRole('button', { name: 'Rotate DeepSeek-Prod' })).toBeVisible();
  await expect(ui.row('DeepSeek-Prod').getByRole('cell').nth(4)).toContainText('200 days old');
  expect((await app.trayMenuLabels()).some((l) => l.endsWith('· rotate due'))).toBe(true);
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Remind me to rotate keys older than').selectOption({ label: '1 year' });
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await expect(ui.row('DeepSeek-Prod').getByRole('cell').nth(3)).not.toContainText('rotation due');
});

test('import from the environment and a .env file shows masked candidates only; the audit log records it all', async ({
  app,
  page,
}) => {
  const CANARY = 'CANARYf00d';
  app.env.OPENAI_API_KEY = `sk-proj-scenario_valid-${CANARY}-0123456789wxyz`;
  app.env.PATH = '/usr/bin';
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Look in environment variables' }).click();
  const found = page.getByRole('region', { name: 'Keys found' });
  await expect(found).toContainText('OPENAI_API_KEY from environment');
  await expect(found).toContainText('sk-proj-…wxyz');
  await found.getByLabel('Name').fill('OpenAI-From-Env');
  await page.getByRole('button', { name: 'Import selected' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API Key Management' })).toBeVisible();
  const ui = new ApiKeysPage(page);
  await expect(ui.row('OpenAI-From-Env').getByRole('cell').nth(3)).toHaveText(/OK/);

  // A .env file with nothing useful gets a clear message; a real one offers its keys.
  const empty = join(app.dataDir, 'empty.env');
  writeFileSync(empty, '# nothing here\nNODE_ENV=production\n');
  app.nextPickedFile = empty;
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Open a .env file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No API keys found in empty.env' })).toBeVisible();
  const env = join(app.dataDir, 'project.env');
  writeFileSync(
    env,
    `export ANTHROPIC_API_KEY="sk-ant-api03-scenario_valid-${CANARY}-0123456789AA" # work\nDEEPSEEK_API_KEY=sk-scenario_invalid-${CANARY}-0123456789\n`,
  );
  app.nextPickedFile = env;
  await page.getByRole('button', { name: 'Open a .env file…' }).click();
  await expect(found.getByRole('listitem')).toHaveCount(2);
  await found.getByRole('listitem').filter({ hasText: 'DEEPSEEK_API_KEY' }).getByRole('checkbox').uncheck();
  await found
    .getByRole('listitem')
    .filter({ hasText: 'ANTHROPIC_API_KEY' })
    .getByLabel('Name')
    .fill('Claude-From-File');
  await page.getByRole('button', { name: 'Import selected' }).click();
  await expect(ui.row('Claude-From-File').getByRole('cell').nth(3)).toHaveText(/OK/);
  await ui.expectNames(['OpenAI-From-Env', 'Claude-From-File']);

  await page.getByRole('button', { name: 'Audit log' }).click();
  const log = page.getByRole('region', { name: 'Audit log' });
  await expect(log.getByRole('row').filter({ hasText: 'Imported' })).toHaveCount(2);
  await expect(log).toContainText('ANTHROPIC_API_KEY from project.env');
  await log.getByLabel('Event').selectOption({ label: 'Tested' });
  // Outcomes read as words ("OK", "Invalid key"), not codes.
  await expect(log.getByRole('row').filter({ hasText: 'Tested' }).first()).toContainText('OK');
  await log.getByLabel('Event').selectOption({ label: 'All events' });
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect.poll(() => app.traffic.savedFiles.length).toBe(1);
  const csv = readFileSync(app.traffic.savedFiles[0]!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"time","event","key","provider","detail","key id"');
  expect(csv).toContain('"imported","Claude-From-File","anthropic"');

  // The values were only ever in main: not in the DOM, replies, audit file or CSV.
  writeFileSync(env, ''); // the test's own input file is not the app's
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
});

test('scenario wrong service: the "looks like another provider\'s key" hint shows wherever a key is entered, before it is sent', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  const anthropicKey = 'sk-ant-api03-scenario_valid-wrong-place-0123456789';
  const warning = (scope: ReturnType<typeof page.getByRole>) =>
    scope.getByRole('status').filter({ hasText: 'This looks like a key for Anthropic (Claude).' });

  // Add form, custom provider: an Anthropic key would otherwise go to OpenRouter without a word.
  await ui.openForm();
  await ui.field('Provider').selectOption({ label: 'OpenAI-compatible (custom)' });
  await ui.field('API key').fill(anthropicKey);
  await expect(warning(ui.form)).toBeVisible();
  await ui.form.getByRole('button', { name: 'Switch to Anthropic (Claude)' }).click();
  await expect(ui.field('Provider')).toHaveValue('anthropic');
  await expect(warning(ui.form)).toHaveCount(0);

  // Rotation: the stored key is OpenAI's; the new one looks like Anthropic's.
  await ui.field('Provider').selectOption({ label: 'OpenAI (GPT)' });
  await ui.add({ provider: 'OpenAI (GPT)', name: 'OpenAI-Main', secret: 'sk-proj-scenario_valid-main-0123456789abcd' });
  await ui.row('OpenAI-Main').getByRole('button', { name: 'Details for OpenAI-Main' }).click();
  const details = page.getByRole('region', { name: 'Test details for OpenAI-Main' });
  await details.getByRole('form', { name: 'Rotate OpenAI-Main' }).getByLabel('New key').fill(anthropicKey);
  await expect(warning(details)).toBeVisible();

  // Import: an Anthropic key in OPENAI_API_KEY (main compares; the window sees only the verdict).
  app.env.OPENAI_API_KEY = anthropicKey;
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Look in environment variables' }).click();
  await expect(warning(page.getByRole('region', { name: 'Keys found' }))).toBeVisible();

  // Nothing was sent anywhere: no provider saw the key, and it is not in the page.
  expect(app.providers.requests.some((r) => r.key === anthropicKey)).toBe(false);
  expect(await placesContaining(app, page, 'wrong-place')).toEqual([]);
});
