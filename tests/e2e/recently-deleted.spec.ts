/** Issue #12, item 4: deleting is recoverable — Recently deleted, as a user sees it. */
import { ApiKeysPage } from './support/api-keys-page';
import { placesContaining } from './support/canary';
import { expect, test } from './support/fixtures';

test('a deleted key waits in Recently deleted: restore it, and "Delete now" only after main\'s dialog says yes', async ({
  app,
  page,
}) => {
  const CANARY = 'CANARYtr4sh';
  const ui = new ApiKeysPage(page);
  await ui.add({
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Production',
    secret: `sk-proj-scenario_valid-${CANARY}-0123456789abcd`,
  });
  await ui.add({ provider: 'DeepSeek', name: 'DeepSeek-Main', secret: `sk-scenario_valid-${CANARY}-0123456789efgh` });
  await ui.expectNames(['OpenAI-Production', 'DeepSeek-Main']);
  for (const name of ['OpenAI-Production', 'DeepSeek-Main']) {
    await ui
      .row(name)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete key' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Deleted "${name}". You can restore it from Recently deleted` }),
    ).toBeVisible();
  }

  await page.getByRole('button', { name: 'Recently deleted' }).click();
  const trash = page.getByRole('region', { name: 'Recently deleted' });
  await expect(trash.getByRole('rowheader')).toHaveText(['DeepSeek-Main', 'OpenAI-Production']);
  await expect(trash.getByRole('row').filter({ hasText: 'OpenAI-Production' })).toContainText('sk-proj-…abcd');

  // Restore, while a new key has taken the name: a clear answer, then another name.
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.add({
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Production',
    secret: 'sk-proj-scenario_valid-newer-0123456789wxyz',
  });
  await page.getByRole('button', { name: 'Recently deleted' }).click();
  await trash.getByRole('button', { name: 'Restore OpenAI-Production' }).click();
  const restoreAs = page.getByRole('form', { name: 'Restore OpenAI-Production under another name' });
  await expect(restoreAs.getByRole('alert')).toHaveText(
    'A key named "OpenAI-Production" already exists, so this key was not restored. Restore it under another name.',
  );
  await restoreAs.getByLabel('Restore as').fill('OpenAI-Old');
  await restoreAs.getByRole('button', { name: 'Restore as this name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored "OpenAI-Old"' })).toBeVisible();
  await expect(trash.getByRole('rowheader')).toHaveText(['DeepSeek-Main']);

  // Delete now: main asks; "no" keeps it, "yes" erases it.
  app.confirmAnswer = false;
  await trash.getByRole('button', { name: 'Delete now: DeepSeek-Main' }).click();
  await expect.poll(() => app.traffic.confirms).toEqual(['Delete the key "DeepSeek-Main" now?']);
  await expect(trash.getByRole('rowheader')).toHaveText(['DeepSeek-Main']);
  app.confirmAnswer = true;
  await trash.getByRole('button', { name: 'Delete now: DeepSeek-Main' }).click();
  await expect(trash).toContainText('Nothing here.');

  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.expectNames(['OpenAI-Old', 'OpenAI-Production']); // restored as it was, with its date added
  await page.getByRole('button', { name: 'Audit log' }).click();
  const log = page.getByRole('region', { name: 'Audit log' });
  const event = (name: string) => log.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(event('Deleted')).toHaveCount(2);
  await expect(event('Restored')).toHaveCount(1);
  await expect(event('Purged')).toContainText('DeepSeek-Main');
  expect(await placesContaining(app, page, CANARY)).toEqual([]);
});

test('a rotation forced past a failing test keeps the previous key in Recently deleted, restorable as a key of its own', async ({
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'Prod', secret: 'sk-proj-scenario_valid-old-0123456789abcd' });
  await ui.row('Prod').getByRole('button', { name: 'Details for Prod' }).click();
  const rotate = page.getByRole('form', { name: 'Rotate Prod' });
  await rotate.getByLabel('New key').fill('sk-proj-scenario_invalid-new-0123456789efgh');
  await rotate.getByRole('button', { name: 'Test and replace' }).click();
  await page.getByRole('button', { name: 'Replace anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The old one waits in Recently deleted' })).toBeVisible();

  await page.getByRole('button', { name: 'Recently deleted' }).click();
  const trash = page.getByRole('region', { name: 'Recently deleted' });
  await expect(trash.getByRole('row').filter({ hasText: 'Prod' })).toContainText(
    'Previous key (replaced by a rotation)',
  );
  await trash.getByRole('button', { name: 'Restore Prod' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored "Prod (previous)"' })).toBeVisible();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  await ui.expectNames(['Prod', 'Prod (previous)']);
  await expect(ui.row('Prod (previous)').getByRole('cell').nth(2)).toHaveText('sk-proj-…abcd');
});
