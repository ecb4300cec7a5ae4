// ESLint flat config: Next's core-web-vitals and TypeScript presets, typescript-eslint's recommended
// rules, jsx-a11y's recommended rules, imports sorted by the tool (`npm run format` fixes them).
// Formatting is Prettier's job (.prettierrc.json); eslint-config-prettier turns off the rules that
// would fight it.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'scripts/floor/.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'reports/**',
  ]),
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommended,
  // eslint-config-next already registers the jsx-a11y plugin (with a handful of its rules); this adds
  // the plugin's whole recommended set.
  { name: 'jsx-a11y/recommended', rules: jsxA11y.flatConfigs.recommended.rules },
  {
    name: 'imports',
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'import/first': 'error',
      'import/newline-after-import': 'error',
      'import/no-duplicates': 'error',
    },
  },
  {
    name: 'project',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A scrolling table is a named region in the tab order so a keyboard can scroll it (WCAG 2.1.1,
      // axe's scrollable-region-focusable); the rule allows only tabpanel by default.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  prettier,
]);
