import { defineConfig } from 'vitest/config';
import { TEST_ENV } from './test/test-env.js';

// Integration tests share one real Neo4j (started by test/global-setup.ts), so test files run one
// after another; the home folder and port keep it apart from a developer's own database.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: TEST_ENV,
  },
});
