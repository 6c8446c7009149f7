import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Libraries that tie code to a UI, a store, a DOM or a text format. */
const IMPURE = ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'js-yaml'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-bench',
      'dist-cli',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      'bin',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: name what a module exports.' },
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
      ],
      // Layers: model <- engine <- io <- (store <- canvas|panels <- app) and io <- cli.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/model', from: './src', except: ['./model'] },
            { target: './src/engine', from: './src', except: ['./model', './engine'] },
            { target: './src/io', from: './src', except: ['./model', './engine', './io'] },
            {
              target: './src/workshop',
              from: './src',
              except: ['./model', './engine', './io', './workshop'],
            },
            {
              target: './src/cli',
              from: ['./src/store', './src/canvas', './src/panels', './src/app'],
            },
            {
              target: './src/store',
              from: ['./src/canvas', './src/panels', './src/app', './src/cli'],
            },
            { target: './src/canvas', from: ['./src/panels', './src/app', './src/cli'] },
            { target: './src/panels', from: ['./src/canvas', './src/app', './src/cli'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/engine/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...IMPURE, 'node:*', 'fs', 'path'],
              message: 'The engine and model are pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
      ],
    },
  },
  {
    files: ['src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'io is headless.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workshop/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...IMPURE, 'node:*', 'fs', 'path'],
              message: 'The workshop is pure data and logic: no UI, store, YAML library or Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**', 'src/canvas/**', 'src/panels/**', 'src/store/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'src/engine/__fixtures__/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
