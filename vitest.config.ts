import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Importing the real `electron` package from Node tries to download a binary and throws. Every test
    // must mock it; one that forgets gets this module's clear error instead of a network attempt.
    alias: { electron: fileURLToPath(new URL('./tests/support/electron-not-mocked.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // electron-store imports `electron` itself; inlining it lets the test's mock apply there too.
    server: { deps: { inline: ['electron-store'] } },
    restoreMocks: true,
  },
});
