// Lint, and the boundaries of the layers (house style: bootstrap → resolvers → repositories → one
// executor). `npm test` runs it; `npm run lint` alone.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DRIVER = { name: 'neo4j-driver', message: 'Only the data layer (src/db) talks to Neo4j: go through a repository and the executor.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', 'test-output/**', 'src/ide/**', 'src/atlas/page/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters in patterns are deliberate: hostile-input checks look for them.
      'no-control-regex': 'off',
    },
  },
  {
    // Node's CommonJS configuration files.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
  },
  {
    // Everything in src except the data layer and the local server's management.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/local-neo4j/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DRIVER] }] },
  },
  {
    // Resolvers speak GraphQL: no seed code, no executor, no driver.
    files: ['src/resolvers/**/*.ts', 'src/analytics/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DRIVER, { name: '../db/run', message: 'Resolvers reach the database through repositories on the request context.' }, { name: '../../db/run', message: 'Resolvers reach the database through repositories on the request context.' }],
          patterns: [{ group: ['**/seed/**', '**/seed'], message: 'Resolvers do not import seed code; the record rules are in src/domain.' }],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='context'][property.name='executor']", message: 'No direct executor use in resolvers: add a repository method.' }],
    },
  },
  {
    // Repositories map rows; GraphQL belongs to the resolvers and schema classes.
    files: ['src/**/*.repository.ts', 'src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'type-graphql', message: 'Repositories never import type-graphql.' }] }] },
  },
);
