/** With 1,000 keys the table pages, searches, filters and sorts; a notice about a key on page 7 finds it. */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

test('1,000 keys: pages of 50, search, filters, sort, and a notice that reveals a key on a later page', async ({
  app,
  page,
}) => {
  for (let i = 0; i < 1000; i++) {
    const provider = (['openai', 'anthropic', 'gemini', 'deepseek'] as const)[i % 4] ?? 'openai';
    await app.core.vault.add({
      provider,
      model: 'm',
      name: `Key-${String(i).padStart(4, '0')}`,
      secret: `sk-many-${i}-0123456789abcdef`,
    });
  }
  await page.reload();
  const ui = new ApiKeysPage(page);
  await expect(page.getByText('1000 keys', { exact: true })).toBeVisible();
  await expect(ui.table.getByRole('rowheader')).toHaveCount(50);
  await expect(page.getByRole('navigation', { name: 'Pages of keys' })).toContainText(
    'Keys 1–50 of 1000 · page 1 of 20',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await ui.expectFirstName('Key-0050');

  await page.getByRole('searchbox', { name: 'Search' }).fill('key-099');
  await ui.expectNames(Array.from({ length: 10 }, (_, i) => `Key-099${i}`));
  await expect(page.getByText('10 of 1000 keys')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Provider' }).last().selectOption({ label: 'DeepSeek' });
  await expect(page.getByText('250 of 1000 keys')).toBeVisible();
  await page.getByRole('button', { name: 'Name' }).click();
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(ui.table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await ui.expectFirstName('Key-0999');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'OK' });
  await expect(page.getByText('0 of 1000 keys')).toBeVisible();

  // A notification about Key-0321 (hidden by the filters, on another page) brings it into view.
  const id = (await app.core.listKeys()).find((k) => k.name === 'Key-0321')!.id;
  app.clickNotice({ title: 'Key-0321: invalid key', body: '', keyId: id });
  await expect(page.getByRole('region', { name: 'Test details for Key-0321' })).toBeVisible();
  await expect(ui.row('Key-0321').getByRole('button', { name: 'Test Key-0321' })).toBeFocused();
});
