import { type ApiKeysPage as Page, ApiKeysPage } from './support/api-keys-page';
import { channels, eventChannels } from '../../src/shared/ipc/contract';
import { methodPath, subscriberPath } from '../../src/shared/ipc/api-shape';
import { placesContaining } from './support/canary';
import { expect, test } from './support/fixtures';

// Each secret carries the canary marker; none of them may ever come back out of main.
const CANARY = 'CANARY7f3e';
const keys = [
  {
    provider: 'OpenAI (GPT)',
    model: 'gpt-5.5',
    name: 'OpenAI-Production',
    secret: `sk-proj-${CANARY}${'A'.repeat(40)}a1b2`,
    hint: 'sk-proj-…a1b2',
  },
  {
    provider: 'Anthropic (Claude)',
    model: 'claude-sonnet-5-5',
    name: 'Claude-Testing',
    secret: `sk-ant-api03-${CANARY}${'B'.repeat(80)}AA`,
    hint: 'sk-ant-api03-…BBAA',
  },
  {
    provider: 'Google (Gemini)',
    model: 'gemini-3.8-flash',
    name: 'Gemini-Main',
    secret: `AQ.Ab${CANARY}${'c'.repeat(30)}wxyz`,
    hint: 'AQ.…wxyz',
  },
  {
    provider: 'DeepSeek',
    model: 'deepseek-flash',
    name: 'DeepSeek-Main',
    secret: `sk-${CANARY}${'0'.repeat(22)}beef`,
    hint: 'sk-…beef',
  },
];

async function addAll(ui: Page) {
  for (const key of keys) {
    await ui.add(key);
    await expect(ui.page.getByRole('status').filter({ hasText: `Saved "${key.name}"` })).toBeVisible();
  }
}

test('the page explains itself, warns about costs and shows how to get a key', async ({ app, page }) => {
  await expect(page.getByRole('navigation', { name: 'Settings Center' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'API Key Management' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('billed directly by the provider');
  await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Get an Anthropic (Claude) key' }).click();
  await expect.poll(() => app.traffic.openedUrls).toEqual(['https://console.anthropic.com/settings/keys']);
});

test('the key field is masked, can be shown and hidden, and the model list follows the provider', async ({ page }) => {
  const ui = new ApiKeysPage(page);
  await ui.openForm();
  await expect(ui.field('API key')).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(ui.field('API key')).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide' }).click();
  await expect(ui.field('API key')).toHaveAttribute('type', 'password');
  await ui.field('Provider').selectOption({ label: 'DeepSeek' });
  // Any model until the first test offers the key's own list (issue #15).
  await expect(ui.field('Model variant')).toHaveValue('');
  await expect(ui.field('Model variant').getByRole('option')).toHaveText([
    'Any — choose after the first test',
    'deepseek-flash',
    'deepseek-v4-pro',
  ]);
});

test('keys for all four providers are stored, survive a restart masked, refuse bad input and delete after confirmation', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await addAll(ui);
  await ui.expectNames(keys.map((k) => k.name));

  // Restart the core from disk and reload the renderer: everything persists, masked.
  app.boot();
  await page.reload();
  await ui.expectNames(keys.map((k) => k.name));
  for (const key of keys) {
    const row = ui.row(key.name);
    await expect(row.getByRole('cell').nth(0).getByTitle(key.provider)).toBeVisible();
    await expect(row.getByRole('cell').nth(1)).toHaveText(key.model);
    await expect(row.getByRole('cell').nth(2)).toHaveText(key.hint);
    // Test-after-add ran against the fake providers, which accept these keys.
    await expect(row.getByRole('cell').nth(3)).toHaveText(/OK/);
  }

  // A duplicate name (another case) is refused by main and shown on the Name field; nothing is stored.
  const stored = app.storeFile();
  await ui.add({ provider: 'OpenAI (GPT)', name: 'openai-production', secret: `sk-proj-${CANARY}-second-0123456789` });
  await expect(ui.form.getByText('A key named "OpenAI-Production" already exists')).toBeVisible();
  await expect(ui.field('Name')).toHaveAttribute('aria-invalid', 'true');
  // An empty key is refused with an inline error; nothing is sent.
  await ui.field('Name').fill('Empty-Key');
  await ui.field('API key').fill('   ');
  await ui.form.getByRole('button', { name: 'Add API Key' }).click();
  await expect(ui.form.getByText('Paste the API key.')).toBeVisible();
  expect(app.storeFile()).toBe(stored);
  await ui.closeForm();
  await ui.expectNames(keys.map((k) => k.name));

  // Delete asks first and names the key; cancelling keeps it.
  await ui.row('Claude-Testing').getByRole('button', { name: 'Delete Claude-Testing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete "Claude-Testing"?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('sk-ant-api03-…BBAA');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await ui.expectNames(keys.map((k) => k.name));
  await ui.row('Claude-Testing').getByRole('button', { name: 'Delete Claude-Testing' }).click();
  await dialog.getByRole('button', { name: 'Delete key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted "Claude-Testing"' })).toBeVisible();
  const remaining = keys.filter((k) => k.name !== 'Claude-Testing').map((k) => k.name);
  await ui.expectNames(remaining);
  app.boot();
  await page.reload();
  await ui.expectNames(remaining);
  // Gone from the keys; kept (encrypted) in Recently deleted until it is restored or purged.
  const afterDelete = JSON.parse(app.storeFile()) as {
    keys: Array<{ name: string }>;
    meta_trash: Array<{ record: { name: string } }>;
  };
  expect(afterDelete.keys.map((k) => k.name)).not.toContain('Claude-Testing');
  expect(afterDelete.meta_trash.map((e) => e.record.name)).toEqual(['Claude-Testing']);

  // The canary: no secret appears in the DOM, input values, replies, events, logs, page storage or data files.
  // list, 4 adds, list after restart, the duplicate, the delete, list after restart
  expect(app.traffic.replies.length).toBeGreaterThanOrEqual(9);
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
});

test('the page receives only the contract, cannot reach other channels and runs under the strict CSP', async ({
  app,
  page,
}) => {
  app.allowCspViolations = true;
  const probe = await page.evaluate(async () => {
    const w = window as unknown as {
      api: Record<string, Record<string, unknown>>;
      __aikmInvoke: (c: string, i: unknown) => Promise<unknown>;
    };
    const shape = Object.fromEntries(Object.entries(w.api).map(([d, m]) => [d, Object.keys(m).sort()]));
    let frozen = false;
    try {
      (w.api.keys as Record<string, unknown>).reveal = () => 'x';
    } catch {
      frozen = true;
    }
    // An injected inline script must not run (DevTools evaluation itself is exempt from CSP).
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const inlineBlocked = !(window as unknown as { __inlineRan?: boolean }).__inlineRan;
    return {
      shape,
      frozen: frozen || !('reveal' in w.api.keys!),
      inlineBlocked,
      unknown: await w.__aikmInvoke('keys:reveal', {}),
    };
  });
  const expected: Record<string, string[]> = {};
  for (const [domain, method] of [...channels.map(methodPath), ...eventChannels.map(subscriberPath)])
    (expected[domain] ??= []).push(method);
  for (const methods of Object.values(expected)) methods.sort();
  expect(probe.shape).toEqual(expected);
  expect(probe.frozen).toBe(true);
  expect(probe.inlineBlocked).toBe(true);
  expect(probe.unknown).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('the Security page reports how keys are protected', async ({ page }) => {
  await page.getByRole('button', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Security status' });
  await expect(status).toContainText('test-aes-gcm');
  await expect(status).toContainText('keys.json');
});
