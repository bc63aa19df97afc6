import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built admin console and mini-program H5 against a real API.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.mjs'],
    testTimeout: 120000,
    hookTimeout: 180000,
    // expect.poll waits for what a page shows after a click: 1 s (vitest's default) was too short on a busy
    // machine (a status that arrived in 2 s failed 月度工作报告); a poll that is met returns at once
    expect: { poll: { timeout: 15000 } },
    // two files at once, each with its own stack (API on its own SQLite file and port, static servers,
    // Chromium): a browser test mostly waits on the API and the page, so two share 2 cores well
    fileParallelism: true,
    maxWorkers: 2,
  },
});
