/**
 * Help inside the app (issue #17): the original help page's five steps, three tips, its FAQ and the
 * cost warning, written for what this app does — and following the user's own settings.
 */
import { expect, test } from './support/fixtures';

test('Help shows the five steps, three tips, the FAQ and the cost warning', async ({ app, page }) => {
  // Reached from API Key Management's header as well as from the sidebar.
  await page.getByRole('main').getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();

  const steps = page.getByRole('region', { name: 'How it works' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  for (const [i, step] of [
    'Open API Key Management.',
    'Choose the provider.',
    'Name the key and paste it.',
    'Test the connection.',
    'Manage your keys.',
  ].entries())
    await expect(steps.nth(i)).toContainText(step);
  await expect(steps.nth(1)).toContainText('OpenAI, Anthropic, Google Gemini, DeepSeek');

  const tips = page.getByRole('region', { name: 'Tips' }).getByRole('listitem');
  await expect(tips).toHaveCount(3);
  await expect(tips.nth(0)).toContainText('Test a key as soon as you add it');
  await expect(tips.nth(1)).toContainText('"OpenAI-Production" or "Claude-Testing"');
  // Rotation happens in place here, not "add a new key and delete the old one"; the reminder is the setting's.
  await expect(tips.nth(2)).toContainText('replaces the old one in place only if it works');
  await expect(tips.nth(2)).toContainText('Keys older than 90 days are marked "rotation due"');

  const faq = page.getByRole('region', { name: 'Frequently asked questions' });
  await expect(faq.getByRole('heading', { level: 3 })).toHaveText([
    'Which AI providers are supported?',
    'How do I get an API key from a provider?',
    'Are my API keys stored securely?',
    'What happens if my key expires or reaches its usage limit?',
    'Does testing a key cost anything?',
    'I deleted a key by mistake. Can I get it back?',
    'Which keyboard shortcuts are there?',
  ]);
  for (const provider of ['OpenAI (GPT)', 'Anthropic (Claude)', 'Google (Gemini)', 'DeepSeek'])
    await expect(faq).toContainText(provider);
  await expect(faq).toContainText('encrypted with a secret held by your operating system');
  await expect(faq).toContainText('every 24 hours while it runs');
  await expect(faq).toContainText('spends no tokens');
  await expect(faq).toContainText('for 30 days');
  await faq.getByRole('button', { name: 'Get an Anthropic (Claude) key' }).click();
  await expect.poll(() => app.traffic.openedUrls).toEqual(['https://console.anthropic.com/settings/keys']);

  await expect(page.getByRole('region', { name: 'Costs' }).getByRole('note')).toContainText(
    'billed directly by the provider',
  );

  // The page follows the settings: with scheduled checks off, it says so.
  await page.getByRole('navigation').getByRole('button', { name: 'Preferences' }).click();
  await page.getByLabel('Check all keys automatically').selectOption({ label: 'Off' });
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Help' }).click();
  await expect(faq).toContainText('Scheduled checks are off');
});
