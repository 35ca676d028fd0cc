import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/node/**/*.test.ts', 'tests/docs/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
