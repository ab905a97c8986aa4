// Architecture rules live here, not in prose: see docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'core/ and classifier/ are pure and browser-safe: no node:* imports.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'site/**',
      'data/corpus/**',
      'scripts/corpus/**',
      'coverage/**',
      '.cache/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // plain-JavaScript fixture servers and scripts run on Node
    files: ['**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'setImmediate',
          'URL',
          'TextEncoder',
          'TextDecoder',
          'fetch',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['**/classifier/**', '**/crawler/**', '**/data/**', '**/cli/**'],
              message: 'core/ depends on nothing inside the project.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['classifier/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['**/crawler/**', '**/data/**', '**/cli/**'],
              message: 'classifier/ may import only core/.',
            },
            {
              group: ['openai', 'openai/*'],
              message: 'classifier/ takes an LlmClient; the openai adapter lives in cli/llm-client.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['crawler/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/classifier/**', '**/data/**', '**/cli/**'],
              message: 'crawler/ may import only core/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['guard/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/**', '**/cli/**'],
              message: 'guard/ may import core/, classifier/ (decide) and crawler/ (the upstream) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['data/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/crawler/**', '**/classifier/**', '**/cli/**'],
              message: 'data/ may import only core/.',
            },
          ],
        },
      ],
    },
  },
);
