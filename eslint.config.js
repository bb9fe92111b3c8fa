// One lint setup for the whole repo: typescript-eslint for TypeScript, eslint-plugin-lit for Lit
// templates (bindings, invalid HTML, attribute names), eslint-plugin-wc for custom-element habits.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'packages/sdk/src/generated/**',
      'examples/*/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests probe untyped JSON from HTTP answers; `any` there is the honest type.
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['packages/components/**/*.ts', 'packages/directory-server/admin/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'packages/directory-server/admin/**/*.ts'],
    rules: {
      // Untrusted portal text must never reach the DOM as HTML.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Portal data is text: render it with ${} bindings, never unsafeHTML.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'Build SVG with the svg`` tag, never from strings.',
            },
          ],
        },
      ],
    },
  },
);
