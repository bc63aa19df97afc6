import { defineConfig } from 'vitest/config';
// unit tests of the mini-program's pure helpers (no Taro runtime)
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
