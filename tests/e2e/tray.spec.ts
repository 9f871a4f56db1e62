/** Tests started from the tray (its real actions over the real core) update the open window live. */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

test('a test started from the tray updates the table live, and its notice opens the window on the key', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Test a key right after it is added').uncheck();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  const ui = new ApiKeysPage(page);
  await ui.add({
    provider: 'Anthropic (Claude)',
    name: 'Claude-Testing',
    secret: 'sk-ant-api03-scenario_invalid-0123456789abcdef',
  });
  await ui.add({
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Production',
    secret: 'sk-proj-scenario_valid-0123456789abcdef',
  });
  await expect(ui.row('Claude-Testing').getByRole('cell').nth(3)).toHaveText(/Not tested/);

  const id = await ui.row('Claude-Testing').getAttribute('data-key-id');
  await app.tray().run({ type: 'test', id: id! });
  await expect(ui.row('Claude-Testing').getByRole('cell').nth(3)).toHaveText(/Invalid key/);
  expect(app.traffic.notifications).toEqual([
    { title: 'Claude-Testing: invalid key', body: expect.stringContaining('Open to fix'), keyId: id },
  ]);

  // Clicking the notice while another page is shown: the window shows that key's details, focused.
  await page.getByRole('button', { name: 'Security' }).click();
  app.clickNotice(app.traffic.notifications[0]!);
  await expect(page.getByRole('heading', { level: 1, name: 'API Key Management' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Test details for Claude-Testing' })).toBeVisible();
  await expect(ui.row('Claude-Testing').getByRole('button', { name: 'Test Claude-Testing' })).toBeFocused();
});

test('Test all from the tray shows progress in the window and ends with one notice', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  app.providers.latencyMs = 300;
  await ui.add({ provider: 'DeepSeek', name: 'DeepSeek-Main', secret: 'sk-scenario_valid-0123456789abcdef' });
  await ui.add({ provider: 'Google (Gemini)', name: 'Gemini-Main', secret: 'AQ.Ab-scenario_nocredit-0123456789' });
  await expect(ui.row('Gemini-Main').getByRole('cell').nth(3)).toHaveText(/Out of credit/);
  const run = app.tray().run({ type: 'test-all' });
  await expect(page.getByRole('status').filter({ hasText: /Testing \d of 2/ })).toBeVisible();
  await run;
  await expect(page.getByRole('status').filter({ hasText: 'Tested 2 keys: 1 OK · 1 needs attention' })).toBeVisible();
  expect(app.traffic.notifications).toEqual([
    { title: 'Tested 2 keys', body: '1 failing: Gemini-Main. Open to fix.', keyId: expect.any(String) },
  ]);
});
