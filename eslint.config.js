// ESLint for ce-plan's own code: typescript-eslint's recommended rules, plus the rules of the
// architecture that a compiler cannot see (DEVELOPERS.md): the layers import only downwards, the core
// stays pure, and nothing outside the question-kind registry asks a question what type it is.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const QUESTION_TYPES = 'single|multi|scale|number|text';

/** The layers of src/, top first: each may import those below it, never those above. */
const LAYERS = ['cli', 'batch', 'pipeline', 'forms', 'io', 'format', 'core'];

/** For each layer but the core (which has its own, stricter rule), the imports that would run up the layers. */
const upwards = LAYERS.slice(1, -1).map((layer, i) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: LAYERS.slice(0, i + 1).map((above) => `**/${above}/**`),
            message: `src/${layer}/ imports only the layers below it (${LAYERS.slice(i + 2).join(', ')}): see DEVELOPERS.md's layout`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['chalk', '@inquirer/prompts', 'commander', '@commander-js/extra-typings', 'eta', 'yaml'].map((name) => ({
            name,
            message: 'the core is pure: this belongs at the edges',
          })),
          patterns: [
            { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'], message: 'the core touches no file, process or thread' },
            { group: LAYERS.slice(0, -1).map((above) => `**/${above}/**`), message: 'the core imports only the core' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'the core reads no process state; take it as a parameter' }],
    },
  },
  ...upwards,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/kinds/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "SwitchStatement[discriminant.property.name='type']", message: 'ask the question-kind registry (kindOf) instead of switching on a type' },
        {
          selector: `BinaryExpression[operator=/^[!=]==?$/][left.property.name='type'][right.value=/^(${QUESTION_TYPES})$/]`,
          message: 'ask the question-kind registry (kindOf, ofKind) instead of comparing a type',
        },
        {
          selector: `BinaryExpression[operator=/^[!=]==?$/][right.property.name='type'][left.value=/^(${QUESTION_TYPES})$/]`,
          message: 'ask the question-kind registry (kindOf, ofKind) instead of comparing a type',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'scripts/**/*.js'],
    // Tests and scripts match terminal escape codes on purpose.
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'readonly', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
