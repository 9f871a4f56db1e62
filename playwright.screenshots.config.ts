// `npm run screenshots`: drives the real UI through the e2e harness and writes PNGs to docs/screenshots/,
// at the app's default window size (src/main/window/main-window.ts).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  use: { ...base.use, viewport: { width: 1180, height: 780 }, deviceScaleFactor: 1 },
});
