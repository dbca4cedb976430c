// A small rule set: the recommended TypeScript rules plus the habits in ../shared/STYLE.md that a linter can see.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.data/', 'coverage/', '**/__generated__/', 'bench/results/', 'console/dist/', 'dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Error messages repeat the caller's input, and one regex that backtracks over it froze the gateway for minutes
  // (issue 9): every regex must run in time linear in its input, which a linter can prove and a reviewer cannot.
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  // The folders draw the architecture and imports point one way, toward platform/ (../shared/STYLE.md): the gateway
  // and the subgraphs are two programs that share platform/ and never each other; only stack/, scripts/, bench/ and
  // test/ know every piece. A boundary that only a reviewer remembers does not hold (issue 10: there was a loop).
  {
    files: ['**/*.ts', '**/*.mts', '**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] } },
      'boundaries/include': [
        'platform/**',
        'gateway/**',
        'subgraphs/**',
        'stack/**',
        'operations/**',
        'console/**',
        'scripts/**',
        'bench/**',
        'test/**',
      ],
      'boundaries/elements': [
        { type: 'platform', pattern: 'platform/**', partialMatch: false },
        { type: 'gateway', pattern: 'gateway/**', partialMatch: false },
        { type: 'subgraph-kit', pattern: 'subgraphs/shared/**', partialMatch: false },
        { type: 'subgraph', pattern: 'subgraphs/*/**', partialMatch: false, capture: ['name'] },
        { type: 'operations', pattern: 'operations/**', partialMatch: false },
        // the web app: the browser code reads the typed documents and platform's pure tables, never the gateway
        { type: 'console', pattern: 'console/**', partialMatch: false },
        { type: 'stack', pattern: 'stack/**', partialMatch: false },
        { type: 'tooling', pattern: '{scripts,bench,test}/**', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.type}} must not import {{to.type}}: imports point toward platform/ (gateway/ and subgraphs/ never each other; only stack/, scripts/, bench/ and test/ know every piece). Move the shared piece into platform/.',
          policies: [
            { from: { element: { type: 'platform' } }, allow: { to: { element: { type: 'platform' } } } },
            {
              from: { element: { type: 'gateway' } },
              allow: { to: { element: { types: { anyOf: ['platform', 'gateway'] } } } },
            },
            {
              from: { element: { type: 'subgraph-kit' } },
              allow: { to: { element: { types: { anyOf: ['platform', 'subgraph-kit'] } } } },
            },
            {
              from: { element: { type: 'subgraph' } },
              allow: { to: { element: { types: { anyOf: ['platform', 'subgraph-kit'] } } } },
            },
            // a subgraph imports its own files, never another subgraph's
            {
              from: { element: { type: 'subgraph' } },
              allow: { to: { element: { type: 'subgraph', captured: { name: '{{from.captured.name}}' } } } },
            },
            { from: { element: { type: 'operations' } }, allow: { to: { element: { type: 'operations' } } } },
            {
              from: { element: { type: 'console' } },
              allow: { to: { element: { types: { anyOf: ['platform', 'operations', 'console'] } } } },
            },
            {
              from: { element: { types: { anyOf: ['stack', 'tooling'] } } },
              allow: { to: { element: { type: '*' } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
