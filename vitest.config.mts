import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname, '.'),
      // `server-only` refuses to load outside React's server build; unit tests run on the server side.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['simulator/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
