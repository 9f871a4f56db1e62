/**
 * Testing keys end to end: the real renderer, the real core and the real SDKs against fake provider
 * servers on 127.0.0.1. The scenario each fake server plays is chosen by the key's value.
 */
import { ApiKeysPage } from './support/api-keys-page';
import { placesContaining, placesHoldingKey } from './support/canary';
import { expect, test } from './support/fixtures';

const keys = [
  {
    provider: 'OpenAI (GPT)',
    model: 'gpt-5.5',
    name: 'OpenAI-Production',
    secret: 'sk-proj-scenario_valid-0123456789abcdefghij',
    badge: 'OK',
  },
  {
    provider: 'Anthropic (Claude)',
    model: 'claude-opus-5-5',
    name: 'Claude-Testing',
    secret: 'sk-ant-api03-scenario_invalid-0123456789abcdef',
    badge: 'Invalid key',
  },
  {
    provider: 'Google (Gemini)',
    model: 'gemini-3.8-flash',
    name: 'Gemini-Main',
    secret: 'AQ.Ab-scenario_ratelimit-0123456789abcdef',
    badge: 'Rate limited',
  },
  {
    provider: 'DeepSeek',
    model: 'deepseek-flash',
    name: 'DeepSeek-Main',
    secret: 'sk-scenario_nobalance-0123456789abcdef',
    badge: 'Out of credit',
  },
];

test('each key is tested after it is added, with a precise diagnosis that survives a restart', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  for (const key of keys) await ui.add(key);
  for (const key of keys) await expect(ui.row(key.name).getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));

  // Latency and "tested just now" are shown under the status; the details explain what to do.
  const claude = ui.row('Claude-Testing');
  await expect(claude.getByRole('cell').nth(3)).toContainText(/just now · \d+ ms/);
  await claude.getByRole('button', { name: 'Details for Claude-Testing' }).click();
  const details = page.getByRole('region', { name: 'Test details for Claude-Testing' });
  await expect(details).toContainText('Anthropic (Claude) rejected this key');
  await expect(details).toContainText('401');
  await details.getByRole('button', { name: 'Open the key page' }).click();
  await expect.poll(() => app.traffic.openedUrls).toContain('https://console.anthropic.com/settings/keys');

  await ui.row('Gemini-Main').getByRole('button', { name: 'Details for Gemini-Main' }).click();
  await expect(page.getByRole('region', { name: 'Test details for Gemini-Main' })).toContainText('Wait about 26 s');
  await ui.row('DeepSeek-Main').getByRole('button', { name: 'Details for DeepSeek-Main' }).click();
  const deepseek = page.getByRole('region', { name: 'Test details for DeepSeek-Main' });
  await expect(deepseek).toContainText('0.00 USD');
  await expect(deepseek.getByRole('button', { name: 'Open the billing page' })).toBeVisible();

  // Restart the core from disk and reload: statuses and results persist.
  app.boot();
  await page.reload();
  for (const key of keys) await expect(ui.row(key.name).getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));
  expect(app.storeFile()).not.toContain('scenario_');
});

test('Test shows a spinner while running, and the model list becomes the live one', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  app.providers.slowMs = 800;
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Test a key right after it is added').uncheck();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.add({
    provider: 'OpenAI (GPT)',
    model: 'gpt-6.1-sol',
    name: 'Slow-Key',
    secret: 'sk-proj-scenario_slow-0123456789abcdef',
  });
  const row = ui.row('Slow-Key');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/Not tested/);
  await row.getByRole('button', { name: 'Test Slow-Key' }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/Testing/);
  await expect(row.getByRole('button', { name: 'Test Slow-Key' })).toBeDisabled();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/OK/, { timeout: 5000 });
  // The live list from the fake OpenAI server (it includes an embedding model the catalog does not).
  await row.getByRole('button', { name: 'Details for Slow-Key' }).click();
  const select = page.getByRole('combobox', { name: 'Model for Slow-Key' });
  await expect(select.getByRole('option', { name: 'text-embedding-3-small' })).toBeAttached();
  await select.selectOption('gpt-4o');
  await expect(select).toHaveValue('gpt-4o');
  await expect(row.getByRole('cell').nth(1)).toHaveText('gpt-4o');
  app.boot();
  await page.reload();
  await expect(ui.row('Slow-Key').getByRole('cell').nth(1)).toHaveText('gpt-4o');
});

test('Test all reports progress, can be cancelled, and a model the key cannot see is a permission problem', async ({
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Test a key right after it is added').uncheck();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.add({
    provider: 'OpenAI (GPT)',
    model: 'gpt-6-astra',
    name: 'No-Astra',
    secret: 'sk-proj-scenario_valid-0123456789abcdef',
  });
  await ui.add({
    provider: 'Anthropic (Claude)',
    model: 'claude-opus-5-5',
    name: 'Down',
    secret: 'sk-ant-api03-scenario_overloaded-0123456789',
  });
  await ui.add({
    provider: 'Google (Gemini)',
    model: 'gemini-3.8-flash',
    name: 'Hangs',
    secret: 'AQ.Ab-scenario_hang-0123456789abcdef',
  });

  await page.getByRole('button', { name: 'Test all' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Testing \d of 3/ })).toBeVisible();
  // Issue #15: a working key that cannot see its model is "Works — model unavailable", not "No permission".
  await expect(ui.row('No-Astra').getByRole('cell').nth(3)).toHaveText(/Works — model unavailable/);
  await expect(ui.row('Down').getByRole('cell').nth(3)).toHaveText(/Provider error/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled after 2 of 3.' })).toBeVisible();
  await expect(ui.row('Hangs').getByRole('cell').nth(3)).toHaveText(/Not tested/);

  await ui.row('No-Astra').getByRole('button', { name: 'Details for No-Astra' }).click();
  await expect(page.getByRole('region', { name: 'Test details for No-Astra' })).toContainText(
    'cannot use the model "gpt-6-astra"',
  );
});

test('the test timeout is a setting, and a bad value is refused with a clear message', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const timeout = page.getByLabel('Test timeout (seconds)');
  await expect(timeout).toHaveValue('15');
  await timeout.fill('500');
  await page.getByRole('button', { name: 'Save timeout' }).click();
  await expect(page.getByText('Choose a timeout between 1 and 60 seconds.')).toBeVisible();
  await timeout.fill('2');
  await page.getByRole('button', { name: 'Save timeout' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'API Key Management' }).click();
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'DeepSeek', name: 'Never-Answers', secret: 'sk-scenario_hang-0123456789abcdef' });
  await expect(ui.row('Never-Answers').getByRole('cell').nth(3)).toHaveText(/Timed out/, { timeout: 4000 });
  app.boot();
  await page.reload();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(page.getByLabel('Test timeout (seconds)')).toHaveValue('2');
});

test('a key never leaks, even when a provider echoes it back in an error', async ({ app, page }) => {
  const CANARY = 'CANARYe40b';
  const ui = new ApiKeysPage(page);
  const added = [
    {
      provider: 'OpenAI (GPT)',
      name: 'Echo-OpenAI',
      secret: `sk-proj-scenario_echo-${CANARY}-0123456789abcdef`,
      badge: 'Invalid key',
    },
    {
      provider: 'DeepSeek',
      name: 'Echo-DeepSeek',
      secret: `sk-scenario_echo-${CANARY}-0123456789abcdef`,
      badge: 'Invalid key',
    },
    {
      provider: 'Anthropic (Claude)',
      name: 'Works',
      secret: `sk-ant-api03-scenario_valid-${CANARY}-0123456789`,
      badge: 'OK',
    },
    {
      provider: 'Google (Gemini)',
      name: 'Limited',
      secret: `AQ.Ab-scenario_ratelimit-${CANARY}-0123456789`,
      badge: 'Rate limited',
    },
  ];
  for (const key of added) await ui.add(key);
  for (const key of added) {
    const row = ui.row(key.name);
    await expect(row.getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));
    const calls = () =>
      app.providers.requests.filter((r) => r.key === key.secret && !r.path.endsWith('/balance')).length;
    const before = calls();
    await row.getByRole('button', { name: `Test ${key.name}` }).click();
    await expect.poll(calls).toBe(before + 1);
    await expect(row.getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));
    await row.getByRole('button', { name: `Details for ${key.name}` }).click();
  }
  await expect(page.getByRole('region', { name: 'Test details for Echo-OpenAI' })).toContainText('[redacted]');
  await page.getByRole('button', { name: 'Test all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tested 4 keys: 1 OK · 3 need attention' })).toBeVisible();
  for (const name of ['Preferences', 'Security', 'API Key Management'])
    await page.getByRole('button', { name }).click();
  await ui.row('Works').getByRole('button', { name: 'Delete Works' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete key' }).click();
  await expect(ui.row('Works')).toHaveCount(0);
  // The fake servers did receive the key (so the canary is real), and nothing else did.
  expect(app.providers.requests.some((r) => r.key?.includes(CANARY))).toBe(true);
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
});

test('scenario mirror: a key never leaks when an endpoint echoes it whole, in part and encoded — body, model ids, request ids, headers', async ({
  app,
  page,
}) => {
  const CANARY = 'CANARY7c1e';
  const ui = new ApiKeysPage(page);
  // `+ / =` make the URL-encoded echo differ from the key; the fake server echoes each key five ways.
  const added = [
    {
      provider: 'OpenAI (GPT)',
      model: 'gpt-5.5',
      name: 'Mirror-OpenAI',
      secret: `sk-proj-${CANARY}+Qz/4w=-scenario_mirror-x8Rt2`,
      badge: 'OK',
    },
    {
      provider: 'Anthropic (Claude)',
      model: 'claude-opus-5-5',
      name: 'Mirror-Claude',
      secret: `sk-ant-api03-${CANARY}+Qz/4w=-scenario_mirror-x8Rt2`,
      badge: 'OK',
    },
    {
      provider: 'Google (Gemini)',
      model: 'gemini-3.8-flash',
      name: 'Mirror-Gemini',
      secret: `AQ.Ab-${CANARY}+Qz/4w=-scenario_mirror-x8Rt2`,
      badge: 'OK',
    },
    {
      provider: 'DeepSeek',
      model: 'deepseek-flash',
      name: 'Mirror-DeepSeek',
      secret: `sk-${CANARY}+Qz/4w=-scenario_mirror-x8Rt2`,
      badge: 'OK',
    },
    {
      provider: 'OpenAI (GPT)',
      model: 'gpt-5.5',
      name: 'Echo-Parts',
      secret: `sk-proj-${CANARY}+Qz/4w=-scenario_echopart-x8Rt2`,
      badge: 'Invalid key',
    },
  ];
  for (const key of added) await ui.add(key);
  for (const key of added) {
    const row = ui.row(key.name);
    await expect(row.getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));
    await row.getByRole('button', { name: `Details for ${key.name}` }).click();
  }
  await expect(page.getByRole('region', { name: 'Test details for Echo-Parts' })).toContainText('[redacted]');
  // The model lists offered are the real ones, without the echoed "models" (six, and "Any model").
  await expect(page.getByRole('combobox', { name: 'Model for Mirror-OpenAI' }).getByRole('option')).toHaveCount(7);
  await page.getByRole('button', { name: 'Test all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tested 5 keys: 4 OK · 1 needs attention' })).toBeVisible();
  app.boot();
  await page.reload();
  for (const key of added) await expect(ui.row(key.name).getByRole('cell').nth(3)).toHaveText(new RegExp(key.badge));
  for (const name of ['Preferences', 'Security', 'API Key Management'])
    await page.getByRole('button', { name }).click();

  // The servers did receive the keys (so the canary is real); no surface holds a trace of any of them.
  for (const key of added) expect(app.providers.requests.some((r) => r.key === key.secret)).toBe(true);
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
  for (const key of added)
    expect(await placesHoldingKey(app, page, key.secret, key.secret.split(CANARY)[0])).toEqual({});
});
