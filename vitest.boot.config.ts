import { defineConfig } from 'vitest/config';

// Tests of what `npm run build` produced (the main bundle, the preload): run after the build.
export default defineConfig({
  test: {
    include: ['tests/boot/**/*.test.ts'],
    environment: 'node',
  },
});
