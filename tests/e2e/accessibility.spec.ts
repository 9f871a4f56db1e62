/** axe-core finds no violations on any page or state, and every flow works by keyboard alone. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on any page or state (${scheme} theme)`, async ({ app, page }) => {
    test.setTimeout(60_000); // a dozen axe runs, one per state
    await page.emulateMedia({ colorScheme: scheme });
    const ui = new ApiKeysPage(page);
    expect(await violations(page), 'empty').toEqual([]);

    await ui.add({
      provider: 'OpenAI (GPT)',
      name: 'OpenAI-Production',
      secret: 'sk-proj-scenario_valid-0123456789abcdef',
    });
    await ui.add({
      provider: 'Anthropic (Claude)',
      name: 'Claude-Testing',
      secret: 'sk-ant-api03-scenario_invalid-0123456789',
    });
    await ui.add({ provider: 'DeepSeek', name: 'DeepSeek-Main', secret: 'sk-scenario_nobalance-0123456789abcdef' });
    await expect(ui.row('Claude-Testing').getByRole('cell').nth(3)).toHaveText(/Invalid key/);
    await ui.row('Claude-Testing').getByRole('button', { name: 'Details for Claude-Testing' }).click();
    expect(await violations(page), 'filled, details open').toEqual([]);
    await page.getByRole('button', { name: 'Test all' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'need attention' })).toBeVisible();
    expect(await violations(page), 'test-all result line, fixes in the rows').toEqual([]);
    await page.getByRole('button', { name: 'show them' }).click();
    await ui.expectNames(['Claude-Testing', 'DeepSeek-Main']);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Any status' });
    await ui.openForm();
    expect(await violations(page), 'add sheet open').toEqual([]);

    await ui.add({ provider: 'OpenAI (GPT)', name: 'openai-production', secret: 'short' });
    await ui.field('Provider').selectOption({ label: 'OpenAI (GPT)' });
    await ui.field('API key').fill('sk-ant-api03-looks-like-anthropic');
    await expect(page.getByText('This looks like a key for Anthropic (Claude).')).toBeVisible();
    expect(await violations(page), 'errors and a format warning shown').toEqual([]);
    await ui.closeForm();

    await ui.row('OpenAI-Production').getByRole('button', { name: 'Delete OpenAI-Production' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page), 'dialog open').toEqual([]);
    await page.keyboard.press('Escape');

    // Claude-Testing's details are still open from above.
    await page
      .getByRole('form', { name: 'Rotate Claude-Testing' })
      .getByLabel('New key')
      .fill('sk-ant-api03-scenario_invalid-next-0123');
    await page
      .getByRole('form', { name: 'Rotate Claude-Testing' })
      .getByRole('button', { name: 'Test and replace' })
      .click();
    await expect(page.getByRole('alert').filter({ hasText: 'did not pass its test' })).toBeVisible();
    expect(await violations(page), 'rotation refused').toEqual([]);
    await page.getByRole('button', { name: 'Replace anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The old one waits in Recently deleted' })).toBeVisible();
    await page.getByRole('button', { name: 'Recently deleted' }).click();
    await expect(
      page.getByRole('region', { name: 'Recently deleted' }).getByRole('rowheader', { name: 'Claude-Testing' }),
    ).toBeVisible();
    expect(await violations(page), 'recently deleted').toEqual([]);

    app.env.DEEPSEEK_API_KEY = 'sk-scenario_valid-a11y-0123456789abcdef';
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Look in environment variables' }).click();
    await expect(page.getByRole('region', { name: 'Keys found' })).toBeVisible();
    expect(await violations(page), 'import candidates').toEqual([]);
    await page.getByRole('button', { name: 'Audit log' }).click();
    await expect(page.getByRole('region', { name: 'Audit log' }).getByRole('row').nth(1)).toBeVisible();
    expect(await violations(page), 'audit log').toEqual([]);

    await page.getByRole('button', { name: 'Preferences' }).click();
    expect(await violations(page), 'preferences').toEqual([]);
    await page.getByRole('button', { name: 'Security' }).click();
    expect(await violations(page), 'security').toEqual([]);
    await page.getByRole('navigation').getByRole('button', { name: 'Help' }).click();
    expect(await violations(page), 'help').toEqual([]);
    await page.getByRole('button', { name: 'API Key Management' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('no such key');
    await expect(page.getByText('No matches —')).toBeVisible();
    expect(await violations(page), 'no matches').toEqual([]);

    app.noKeyring = true;
    app.boot();
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'kept only until you quit' })).toBeVisible();
    expect(await violations(page), 'no-keyring banner').toEqual([]);
  });
}

test('adding, testing and deleting a key work with the keyboard alone; the dialog traps and restores focus', async ({
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await page.getByRole('button', { name: 'Add key', exact: true }).press('Enter');
  await expect(ui.field('Provider')).toBeFocused(); // the sheet opens on its first field
  await page.keyboard.press('Tab'); // model
  await page.keyboard.press('Tab'); // name
  await page.keyboard.type('Keyboard-Key');
  await page.keyboard.press('Tab'); // key
  await page.keyboard.type('sk-proj-scenario_valid-0123456789abcdef');
  await page.keyboard.press('Enter');
  await expect(ui.row('Keyboard-Key').getByRole('cell').nth(3)).toHaveText(/OK/);
  // The sheet closed on the new key.
  await expect(ui.row('Keyboard-Key').getByRole('button', { name: 'Keyboard-Key', exact: true })).toBeFocused();

  const deleteButton = ui.row('Keyboard-Key').getByRole('button', { name: 'Delete Keyboard-Key' });
  await ui.row('Keyboard-Key').getByRole('button', { name: 'Test Keyboard-Key' }).focus();
  await page.keyboard.press('Enter');
  await expect(ui.row('Keyboard-Key').getByRole('cell').nth(3)).toHaveText(/OK/);
  await page.keyboard.press('Tab'); // Details
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Test details for Keyboard-Key' })).toBeVisible();
  await page.keyboard.press('Tab'); // Delete
  await expect(deleteButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Focus stays inside the modal dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Delete key' }).focus();
  await page.keyboard.press('Enter');
  await expect(ui.row('Keyboard-Key')).toHaveCount(0);
  // It was the only key: focus goes to "+ Add key", not to the page body.
  await expect(page.getByRole('button', { name: 'Add key', exact: true })).toBeFocused();
});
