import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'tests/.tmp/**']),
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports point down: the domain never reaches the URL codec, the scorer or the UI. Relative paths and
    // cycles are caught by tests/unit/seams/import-direction.test.ts; this gives the editor the same word early.
    files: ['lib/incidents/**', 'lib/geo/**', 'lib/ingest/**', 'lib/markers/**', 'lib/db/**', 'lib/db.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/url', '@/lib/url/*', '@/lib/eval', '@/lib/eval/*', '@/components', '@/components/*', '@/app', '@/app/*'],
              message: 'lib/incidents, geo, ingest, markers and db sit below the URL codec, the scorer and the UI.',
            },
          ],
        },
      ],
    },
  },
]);
