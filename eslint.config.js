// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders whose code must stay pure: they import nothing of ours outside src/lib. */
const libBoundary = {
  patterns: [
    {
      group: ['**/ingest/**', '**/server/**', '**/islands/**', '**/components/**', '**/pages/**'],
      message: 'src/lib is pure: it imports nothing of ours outside src/lib.',
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
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': ['error', libBoundary] } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
