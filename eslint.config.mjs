import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  globalIgnores([
    'node_modules/**',
    '.next/**',
    'next-env.d.ts',
    'data/**',
    'reports/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
