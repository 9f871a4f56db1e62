/** Keys that check themselves: a scheduled check notices a key that starts failing, and recovers. */
import { ApiKeysPage } from './support/api-keys-page';
import { expect, test } from './support/fixtures';

const HOUR = 3_600_000;

test('a scheduled check finds a key that broke: table, tray and a notification follow; and again when it recovers', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Check all keys automatically').selectOption({ label: 'Every hour' });
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'API Key Management' }).click();
  const ui = new ApiKeysPage(page);
  await ui.add({
    provider: 'Anthropic (Claude)',
    name: 'Claude-Testing',
    secret: 'sk-ant-api03-scenario_valid-0123456789abcdef',
  });
  await ui.add({
    provider: 'OpenAI (GPT)',
    name: 'OpenAI-Production',
    secret: 'sk-proj-scenario_valid-0123456789abcdef',
  });
  const claude = ui.row('Claude-Testing');
  await expect(claude.getByRole('cell').nth(3)).toHaveText(/OK/);

  // The provider starts rejecting the key; an hour later the scheduled check notices.
  app.providers.forceScenario.anthropic = 'invalid';
  app.clock.advance(HOUR + 60_000);
  await expect(claude.getByRole('cell').nth(3)).toHaveText(/Invalid key/);
  await expect(ui.row('OpenAI-Production').getByRole('cell').nth(3)).toHaveText(/OK/);
  expect((await app.trayMenuLabels())[0]).toBe('2 keys · 1 OK · 1 failing');
  await expect
    .poll(() => app.traffic.notifications)
    .toEqual([
      {
        title: 'Claude-Testing: invalid key (was working)',
        body: expect.stringContaining('Open to fix'),
        keyId: expect.any(String),
      },
    ]);

  // Failing again is not news: no second alert.
  app.clock.advance(HOUR);
  await expect
    .poll(async () => (await app.core.listKeys()).find((k) => k.name === 'Claude-Testing')?.history.length)
    .toBe(3);
  expect(app.traffic.notifications).toHaveLength(1);
  await expect(claude.getByRole('cell').nth(3)).toContainText('failing since');

  // It works again: one more alert, and the history strip shows the whole story.
  delete app.providers.forceScenario.anthropic;
  app.clock.advance(HOUR);
  await expect(claude.getByRole('cell').nth(3)).toHaveText(/OK/);
  await expect
    .poll(() => app.traffic.notifications.map((n) => n.title))
    .toEqual(['Claude-Testing: invalid key (was working)', 'Claude-Testing works again']);
  await expect(claude.getByRole('img', { name: 'Last 4 tests: 2 OK, 2 failing' })).toBeVisible();
  await claude.getByRole('button', { name: 'Details for Claude-Testing' }).click();
  await page.getByText('History (4 tests)').click();
  await expect(page.getByRole('region', { name: 'Test details for Claude-Testing' }).getByRole('listitem')).toHaveCount(
    4,
  );
});

test('an interval outside the allowed values is refused', async ({ app, page }) => {
  const reply = await page.evaluate(() =>
    (window as unknown as { api: { settings: { update(p: unknown): Promise<unknown> } } }).api.settings.update({
      checkEveryHours: 2,
    }),
  );
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { checkEveryHours: 'Choose off, 1, 6 or 24 hours.' } },
  });
  expect((await app.core.settings.get()).checkEveryHours).toBe(24);
});
