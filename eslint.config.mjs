import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Layers point down only: app → components → lib. These keep them so. */
const upTo = (layers) => `^(@/|(\\.\\./)+)(${layers})(/|$)`;
const layerRule = (patterns) => ['error', { patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule([
        {
          regex: upTo('app|components'),
          message: 'lib/ is the bottom layer: it imports neither app/ nor components/.',
        },
      ]),
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule([
        { regex: upTo('app'), message: 'components/ may import lib/, never app/: pass what a route owns as props.' },
        {
          // Types describe what a component shows; only values could call the cloud or the store.
          regex:
            '^@/lib/(otc/(?!schemas$|time$|errors$|ids$)|store/|jobs/server/|write/write-path$|dr/create-context$)',
          allowTypeImports: true,
          message: 'No component calls the cloud or the store: the route loads the data and passes it down.',
        },
      ]),
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
