import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * `npm run lint`: ESLint's and typescript-eslint's recommended rules over every TypeScript file, and React's
 * rules of hooks over the client. tsc already refuses unused names; the rules here are the ones it
 * cannot see.
 */
export default tseslint.config(
  { ignores: ['**/dist/**', 'client/.temp/**', 'coverage/**', '.data/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Names starting with _ are left out on purpose (a destructured field dropped from a copy).
      // Comments may show a name padded with a full-width space, as registers write them.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/src/**/*.tsx', 'client/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
