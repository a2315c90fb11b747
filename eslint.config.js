// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders whose code must stay pure: they import nothing of ours outside src/lib. */
const libBoundary = {
  patterns: [
    {
      group: [
        '**/ingest/**',
        '**/server/**',
        '**/islands/**',
        '**/components/**',
        '**/pages/**',
        '**/i18n/**',
      ],
      message: 'src/lib is pure: it imports nothing of ours outside src/lib.',
    },
  ],
};

/** What runs in a browser never holds the engine client or server code (and so no key). */
const browserBoundary = {
  paths: [{ name: 'meilisearch', message: 'The browser talks to the same-origin search route.' }],
  patterns: [
    {
      group: ['**/server/**', '**/ingest/**', 'node:*'],
      message: 'Islands run in the browser: no server code.',
    },
  ],
};

/** Messages and routes are shared by server and browser: they may use src/lib only. */
const i18nBoundary = {
  patterns: [
    {
      group: ['**/server/**', '**/ingest/**', '**/islands/**', '**/components/**'],
      message: 'src/i18n is shared by server and browser: it imports only src/lib.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.astro/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': ['error', libBoundary] } },
  { files: ['src/i18n/**'], rules: { 'no-restricted-imports': ['error', i18nBoundary] } },
  { files: ['src/islands/**'], rules: { 'no-restricted-imports': ['error', browserBoundary] } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
