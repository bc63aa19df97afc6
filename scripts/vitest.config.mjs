import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built admin console and mini-program H5 against a real API.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.mjs'],
    testTimeout: 120000,
    hookTimeout: 180000,
    fileParallelism: false,
  },
});
