import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS relies on decorator metadata, which esbuild/oxc do not emit: SWC compiles the tests.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'es6' },
    }),
  ],
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    environment: 'node',
    // a guard against hangs, not a speed limit: a few suites hash 50 passwords or sweep every endpoint, and CI machines vary
    testTimeout: 90000,
    hookTimeout: 60000,
    pool: 'forks',
    // each worker process runs its files in turn: each file builds its own app on its own database (and its
    // own photo store), so the only thing shared is the imported code, and importing Nest, TypeORM and the
    // modules once per worker instead of once per file takes minutes off the suite. Two workers: one spent
    // half its time waiting on the database, which left a core of a 2-core CI idle
    isolate: false,
    maxWorkers: 2,
    fileParallelism: true,
    globalSetup: ['test/global-setup.ts'],
  },
});
