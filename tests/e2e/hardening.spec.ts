/** Issue: hardening. No keyring, a damaged key file, a key the keychain cannot open — as a user sees them. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeysPage } from './support/api-keys-page';
import { placesContaining } from './support/canary';
import { expect, test } from './support/fixtures';

test('without a keyring, keys are kept for this run only, until the user opts in to weak storage', async ({
  app,
  page,
}) => {
  app.noKeyring = true;
  app.boot();
  await page.reload();
  const ui = new ApiKeysPage(page);
  await expect(page.getByRole('alert').filter({ hasText: 'kept only until you quit' })).toBeVisible();
  await ui.add({ provider: 'OpenAI (GPT)', name: 'Session-Key', secret: 'sk-proj-scenario_valid-0123456789abcdef' });
  await expect(ui.table.getByRole('rowheader', { name: /Session-Key/ })).toContainText('this session only');
  expect(JSON.parse(app.storeFile()).keys).toEqual([]);

  // The opt-in: explicit, confirmed in main's own dialog (not the page's), remembered; this run's keys are written now.
  await page.getByRole('alert').getByRole('button', { name: 'Security settings' }).click();
  app.confirmAnswer = false;
  await page.getByRole('button', { name: 'Store keys with weak obfuscation…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing changed' })).toBeVisible();
  expect(app.traffic.confirms).toEqual(['Store API keys on disk with weak obfuscation only?']);
  expect(JSON.parse(app.storeFile()).keys).toEqual([]);
  app.confirmAnswer = true;
  await page.getByRole('button', { name: 'Store keys with weak obfuscation…' }).click();
  await expect(page.getByRole('region', { name: 'Security status' })).toContainText(
    'Obfuscated only (your choice), on disk',
  );
  expect(app.cipher.weakEnabled).toBe(true);
  expect(JSON.parse(app.storeFile()).keys).toHaveLength(1);
  app.boot();
  await page.reload();
  await expect(ui.table.getByRole('rowheader', { name: 'Session-Key', exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'you chose this' })).toBeVisible();
});

test('a damaged key file does not stop the app: it is set aside and the user is told where', async ({ app, page }) => {
  writeFileSync(join(app.dataDir, 'keys.json'), '{"keys": [ {"id": "trunc');
  app.boot();
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'damaged' });
  await expect(alert).toContainText('keys.corrupt-');
  await expect(alert).toContainText(app.dataDir);
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'DeepSeek', name: 'After-Recovery', secret: 'sk-scenario_valid-0123456789abcdef' });
  await ui.expectNames(['After-Recovery']);
});

test('a key the keychain cannot open says "cannot decrypt", is kept, and the others still work', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'Copied-Key', secret: 'sk-proj-scenario_valid-0123456789abcdef' });
  await expect(ui.row('Copied-Key').getByRole('cell').nth(3)).toHaveText(/OK/);
  app.rotateCipherKey(); // as if the data folder was copied to another computer
  app.boot();
  await page.reload();
  await ui.add({ provider: 'DeepSeek', name: 'New-Key', secret: 'sk-scenario_valid-0123456789abcdef' });
  await expect(ui.row('Copied-Key').getByRole('cell').nth(3)).toHaveText(/Cannot decrypt — re-enter or delete/);
  await ui.row('Copied-Key').getByRole('button', { name: 'Test Copied-Key' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be decrypted on this computer' })).toBeVisible();
  await expect(ui.row('New-Key').getByRole('cell').nth(3)).toHaveText(/OK/);
  expect(JSON.parse(app.storeFile()).keys).toHaveLength(2);
});

test('the canary appears nowhere: store, files, audit log, logs, replies, events, DOM, storage, tray labels, notifications — through add, test, rotate, delete', async ({
  app,
  page,
}) => {
  const CANARY = 'CANARYd00d';
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'Echoed', secret: `sk-proj-scenario_echo-${CANARY}-0123456789` });
  await ui.add({
    provider: 'Anthropic (Claude)',
    name: 'Fine',
    secret: `sk-ant-api03-scenario_valid-${CANARY}-0123456789`,
  });
  await expect(ui.row('Echoed').getByRole('cell').nth(3)).toHaveText(/Invalid key/);
  await expect(ui.row('Fine').getByRole('cell').nth(3)).toHaveText(/OK/);
  for (const id of await ui.table
    .locator('tr[data-key-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key-id')!))) {
    await app.tray().run({ type: 'test', id });
  }
  await app.tray().run({ type: 'test-all' });
  const menu = await app.trayMenuLabels();
  expect(menu.join('\n')).toContain('✗ Echoed — invalid key');
  for (const name of ['Preferences', 'Security', 'API Key Management'])
    await page.getByRole('button', { name }).click();
  await ui.row('Echoed').getByRole('button', { name: 'Details for Echoed' }).click();
  // Rotation: the new secret is a canary too, and the old one must be gone everywhere.
  const rotate = page.getByRole('form', { name: 'Rotate Echoed' });
  await rotate.getByLabel('New key').fill(`sk-proj-scenario_valid-${CANARY}-rotated-0123`);
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await expect(ui.row('Echoed').getByRole('cell').nth(3)).toHaveText(/OK/);
  await page.getByRole('button', { name: 'Audit log' }).click();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.row('Fine').getByRole('button', { name: 'Delete Fine' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete key' }).click();
  await expect(ui.row('Fine')).toHaveCount(0);

  expect(app.providers.requests.some((r) => r.key?.includes(CANARY))).toBe(true);
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
  expect(JSON.stringify(app.traffic.notifications)).not.toContain(CANARY);
  expect(menu.join('\n')).not.toContain(CANARY);
});

test('a key whose destination was changed outside the app says so, is never tested, and can be deleted', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'Redirected', secret: 'sk-proj-scenario_valid-0123456789abcdef' });
  await expect(ui.row('Redirected').getByRole('cell').nth(3)).toHaveText(/OK/);
  const file = JSON.parse(app.storeFile());
  file.keys[0].endpoint = { name: 'OpenAI', baseUrl: app.providers.baseUrls.openai };
  writeFileSync(join(app.dataDir, 'keys.json'), JSON.stringify(file));
  const before = app.providers.requests.length;
  app.boot();
  await page.reload();
  await expect(ui.row('Redirected').getByRole('cell').nth(3)).toHaveText(
    /Changed outside the app — delete and add again/,
  );
  await ui.row('Redirected').getByRole('button', { name: 'Test Redirected' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'was changed outside the app' })).toBeVisible();
  expect(app.providers.requests.length).toBe(before);
  await ui.row('Redirected').getByRole('button', { name: 'Delete Redirected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete key' }).click();
  await expect(ui.row('Redirected')).toHaveCount(0);
});

test('a key file that cannot be read is left alone: the list says so and adding a key is refused', async ({
  app,
  page,
}) => {
  mkdirSync(join(app.dataDir, 'keys.json')); // exists, cannot be read as a file (like EBUSY or EACCES)
  app.boot();
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load your keys' })).toContainText(
    'could not be read',
  );
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'DeepSeek', name: 'Not-Now', secret: 'sk-scenario_valid-0123456789abcdef' });
  await expect(page.getByText(/will not write over it/).first()).toBeVisible();
  expect(readdirSync(app.dataDir).filter((f) => f.startsWith('keys'))).toEqual(['keys.json']);
});

test('a key file holding JSON that is not an object is set aside and the user is told', async ({ app, page }) => {
  writeFileSync(join(app.dataDir, 'keys.json'), '[]');
  app.boot();
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'instead of its records' })).toContainText('keys.corrupt-');
});

test('a set-aside copy is listed on Security with its age; its keys can be restored; deleting it (confirmed) leaves the canary nowhere', async ({
  app,
  page,
}) => {
  const CANARY = 'CANARYc0py';
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'In-The-Copy', secret: 'sk-proj-scenario_valid-0123456789abcdef' });
  await expect(ui.row('In-The-Copy')).toHaveCount(1);
  // A damaged record holding plaintext that leaked into the file: the whole file is copied aside.
  const file = JSON.parse(app.storeFile());
  file.keys.push({ id: 'damaged', secret: `sk-proj-${CANARY}-0123456789` });
  writeFileSync(join(app.dataDir, 'keys.json'), JSON.stringify(file));
  app.boot();
  await page.reload();
  await ui.row('In-The-Copy').getByRole('button', { name: 'Delete In-The-Copy' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete key' }).click();
  await expect(ui.row('In-The-Copy')).toHaveCount(0);
  expect(await placesContaining(app, page, CANARY)).toEqual(['dataFiles']); // the copy still holds it

  await page.getByRole('button', { name: 'Security' }).click();
  const copies = page.getByRole('region', { name: 'Set-aside copies of the key file' });
  await expect(copies.getByRole('listitem')).toHaveCount(1);
  await expect(copies.getByRole('listitem')).toContainText(/set aside (just now|\d+ minutes? ago)/);
  await copies.getByRole('button', { name: /^Restore keys from keys\.corrupt-/ }).click();
  await expect(page.getByText('1 key restored.')).toBeVisible();
  await copies.getByRole('button', { name: /^Delete keys\.corrupt-/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(copies.getByRole('listitem')).toHaveCount(1); // nothing is deleted without confirmation
  await copies.getByRole('button', { name: /^Delete keys\.corrupt-/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete copy' }).click();
  await expect(copies).toHaveCount(0);

  await page.getByRole('button', { name: 'API Key Management' }).click();
  await expect(ui.row('In-The-Copy').getByRole('cell').nth(3)).toHaveText(/OK|Not tested/);
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
});
