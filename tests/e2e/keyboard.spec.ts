/**
 * Issue #17's keyboard and focus promises: focus on open, ↑/↓/Home/End in the list, Enter opens,
 * Delete deletes after a confirmation and focus moves on, Undo brings the key back, Ctrl/Cmd+N adds,
 * Ctrl/Cmd+F and "/" search; and toasts sit top-right, errors staying until dismissed.
 */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

const names = ['Alpha-Key', 'Bravo-Key', 'Charlie-Key'];

test('the list by keyboard: focus on open, arrows, Enter, Delete with Undo', async ({ app, page }) => {
  for (const name of names)
    await app.core.vault.add({ provider: 'openai', model: 'gpt-5.5', name, secret: `sk-proj-kbd-${name}-0123456789` });
  await page.reload();
  const ui = new ApiKeysPage(page);
  const nameButton = (name: string) => ui.row(name).getByRole('button', { name, exact: true });

  // On open, focus is on the first key.
  await expect(nameButton('Alpha-Key')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nameButton('Bravo-Key')).toBeFocused();
  await page.keyboard.press('End');
  await expect(nameButton('Charlie-Key')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(nameButton('Alpha-Key')).toBeFocused();
  await page.keyboard.press('ArrowDown');

  // Enter opens the key's details (and closes them again).
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Test details for Bravo-Key' })).toBeVisible();
  await expect(nameButton('Bravo-Key')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Test details for Bravo-Key' })).toHaveCount(0);

  // Delete asks first; Escape keeps the key and gives focus back.
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete "Bravo-Key"?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(nameButton('Bravo-Key')).toBeFocused();

  // Confirmed: the key goes, focus lands on the next key, and Undo brings it back.
  await page.keyboard.press('Delete');
  await dialog.getByRole('button', { name: 'Delete key' }).click();
  await ui.expectNames(['Alpha-Key', 'Charlie-Key']);
  await expect(nameButton('Charlie-Key')).toBeFocused();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted "Bravo-Key"' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored "Bravo-Key"' })).toBeVisible();
  await ui.expectNames(names);
  await expect(nameButton('Bravo-Key')).toBeFocused();
  await page.getByRole('button', { name: 'Recently deleted' }).click();
  await expect(page.getByRole('region', { name: 'Recently deleted' })).toContainText('Nothing here.');
});

test('Ctrl/Cmd+N adds, Ctrl/Cmd+F and "/" search, and a search with no match offers to clear it', async ({
  app,
  page,
}) => {
  for (const name of names)
    await app.core.vault.add({ provider: 'openai', model: 'gpt-5.5', name, secret: `sk-proj-kbd-${name}-0123456789` });
  await page.reload();
  const ui = new ApiKeysPage(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await ui.expectNames(names);

  await page.keyboard.press('Control+n');
  await expect(ui.field('Provider')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ui.form).toHaveCount(0);
  await expect(ui.row('Alpha-Key').getByRole('button', { name: 'Alpha-Key', exact: true })).toBeFocused();

  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('zulu');
  await expect(page.getByText('No matches —')).toBeVisible();
  await expect(ui.table).toHaveCount(0); // no bare column headers
  await page.getByRole('button', { name: 'clear filters' }).click();
  await ui.expectNames(names);
  await expect(search).toHaveValue('');

  // From another page, Ctrl+F brings API Key Management back with the search focused.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('heading', { level: 1, name: 'API Key Management' })).toBeVisible();
  await expect(search).toBeFocused();
  // "/" typed in a field is just a character.
  await page.keyboard.type('Alpha/');
  await expect(search).toHaveValue('Alpha/');
});

test('toasts sit top-right; a success goes by itself, an error stays until dismissed', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'DeepSeek', name: 'Copied-Key', secret: 'sk-scenario_valid-0123456789abcdef' });
  app.rotateCipherKey(); // as if the data folder was copied to another computer
  app.boot();
  await page.reload();
  // Red, with its fix in the row, and no stale result (it was OK before the move).
  const status = ui.row('Copied-Key').getByRole('cell').nth(3);
  await expect(status).toContainText('Cannot decrypt — re-enter or delete');
  await expect(status.locator('.badge-bad')).toBeVisible();
  await expect(status).not.toContainText(/ms|OK/);
  await ui.row('Copied-Key').getByRole('button', { name: 'Details for Copied-Key' }).click();
  const details = page.getByRole('region', { name: 'Test details for Copied-Key' });
  await expect(details).toContainText('cannot be decrypted on this computer');
  await expect(details).not.toContainText('Connected');

  await ui.row('Copied-Key').getByRole('button', { name: 'Test Copied-Key' }).click();
  const error = page.getByRole('alert').filter({ hasText: 'cannot be decrypted on this computer' });
  await expect(error).toBeVisible();
  const box = (await error.boundingBox())!;
  expect(box.y).toBeLessThan(100);
  expect(box.x + box.width).toBeGreaterThan(page.viewportSize()!.width - 40);
  await page.waitForTimeout(6500); // longer than a success toast lives
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toHaveCount(0);

  // Re-enter… opens the details on the new-key field.
  await ui.row('Copied-Key').getByRole('button', { name: 'Re-enter Copied-Key' }).click();
  await expect(page.getByRole('form', { name: 'Rotate Copied-Key' }).getByLabel('New key')).toBeFocused();
});
