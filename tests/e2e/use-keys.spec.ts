/** Using a key without the window holding it: Copy key (main writes and clears the clipboard), aikm's card. */
import { ApiKeysPage } from './support/api-keys-page';
import { placesContaining } from './support/canary';
import { expect, test } from './support/fixtures';

const SECRET = 'sk-proj-scenario_valid-CANARYCOPY-0123456789';

test('Copy key: main puts the key on the clipboard with its privacy marker, the window never sees it, and it clears', async ({
  app,
  page,
}) => {
  const ui = new ApiKeysPage(page);
  await ui.add({ provider: 'OpenAI (GPT)', name: 'OpenAI-Production', secret: SECRET });
  await ui.row('OpenAI-Production').getByRole('button', { name: 'Details for OpenAI-Production' }).click();

  await page.getByRole('button', { name: 'Copy key', exact: true }).click();
  await expect(page.getByText('Copied the key of "OpenAI-Production": it clears in 30 s.')).toBeVisible();
  const content = app.secretClipboard.content();
  expect(content['text/plain']).toBe(SECRET);
  // KDE's clipboard history skips a copy carrying this hint (Linux is the harness's platform).
  expect(Object.keys(content).some((format) => format.includes('x-kde-passwordManagerHint'))).toBe(true);

  await page.getByRole('button', { name: 'Copy as OPENAI_API_KEY=…' }).click();
  await expect.poll(() => app.secretClipboard.content()['text/plain']).toBe(`OPENAI_API_KEY=${SECRET}`);

  // Not in any reply, event, log, the DOM, page storage or the data files (audit log included).
  expect(await placesContaining(app, page, SECRET)).toEqual([]);

  // Cleared after the set time — here one second, set by main's settings as Preferences would.
  await app.core.settings.set({ clipboardClearSeconds: 1 });
  await page.getByRole('button', { name: 'Copy key', exact: true }).click();
  await expect(page.getByText('it clears in 1 s')).toBeVisible();
  await expect.poll(() => app.secretClipboard.content()['text/plain'], { timeout: 5000 }).toBeUndefined();

  await page.getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Copied' }).first()).toBeVisible();
});

test('the row copies too; what the user copied since is never cleared', async ({ app, page }) => {
  const ui = new ApiKeysPage(page);
  await app.core.settings.set({ clipboardClearSeconds: 1 });
  await ui.add({ provider: 'OpenAI (GPT)', name: 'OpenAI-Production', secret: SECRET });
  await ui.row('OpenAI-Production').getByRole('button', { name: 'Copy OpenAI-Production' }).click();
  await expect.poll(() => app.secretClipboard.content()['text/plain']).toBe(SECRET);
  app.secretClipboard.userCopies('my own notes');
  await page.waitForTimeout(1500);
  expect(app.secretClipboard.content()['text/plain']).toBe('my own notes');
});

test('Security shows whether aikm can reach the app, and that no program may use a key without asking', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Security' }).click();
  const card = page.getByRole('region', { name: 'Command-line access (aikm)' });
  await expect(card).toContainText('can reach the app at');
  await expect(card).toContainText('No program may use a key without asking.');
});
