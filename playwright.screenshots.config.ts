// `npm run screenshots`: drives the real UI through the e2e harness and writes PNGs to docs/screenshots/.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  use: { ...base.use, viewport: { width: 1280, height: 820 }, deviceScaleFactor: 1 },
});
