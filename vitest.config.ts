import { defineConfig } from 'vitest/config';

// Integration tests share one real Neo4j per run (started by test/global-setup.ts), so test files
// run one after another.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll waits for the browser and the API; a loaded CI machine can take longer than its default second.
    expect: { poll: { timeout: 5_000 } },
  },
});
