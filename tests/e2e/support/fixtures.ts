import { test as base } from '@playwright/test';
import { AppHarness } from './app-harness';

export const test = base.extend<{ app: AppHarness }>({
  // auto: every test runs against the app, even one that only drives `page`.
  app: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // A CSP violation means the bundle would break in the real app.
        if (message.type() === 'error') errors.push(message.text());
      });
      const app = await AppHarness.start(page);
      await use(app);
      await app.close();
      const unexpected = app.allowCspViolations ? errors.filter((e) => !e.includes('Content Security Policy')) : errors;
      if (unexpected.length > 0) throw new Error(`The page reported errors:\n${unexpected.join('\n')}`);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
