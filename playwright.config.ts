import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    headless: true,
    viewport: { width: 1280, height: 860 },
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    trace: 'off',
  },
});
