/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };

// Two projects: `npm test` runs `main` (unit, integration, browser); `npm run test:load` runs `load`, the minutes-long
// runs under load (test/load/: 20,000 requests) and the bench's smoke test (test/bench/), which need the bench's own
// packages (bench/package.json; the project's globalSetup installs them on first use). A bare `npx jest` runs both.
const LOAD_TESTS = ['<rootDir>/test/load/', '<rootDir>/test/bench/'];

module.exports = {
  // PGlite instances and browsers are heavy; two workers fit the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'main',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...LOAD_TESTS],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
    {
      displayName: 'load',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      testMatch: LOAD_TESTS.map((folder) => `${folder}**/*.test.ts`),
      globalSetup: '<rootDir>/test/load/globalSetup.ts',
    },
  ],
};
