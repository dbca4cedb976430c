/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };

// Four projects: `npm test` (scripts/test.sh) runs `main` (unit, integration, browser), then `browser-timed` one file
// at a time; `npm run test:load` runs `load`, the minutes-long runs under load (test/load/: 20,000 requests) and the
// bench's smoke test (test/bench/), which need the bench's own packages (bench/package.json; the project's
// globalSetup installs them on first use). A bare `npx jest` runs all four.
const LOAD_TESTS = ['<rootDir>/test/load/', '<rootDir>/test/bench/'];
// `npm run test:containers`: the compose topology (deploy/compose) built and run in containers — needs dockerd,
// docker-compose and the base image (deploy/base-image.sh); .ci/run sets them up.
const CONTAINER_TESTS = ['<rootDir>/test/containers/'];
// The browser tests that hold the console to a time budget (a change on a watching page within 2 s of the click):
// alone, so that another test file's CPU on the 2-core machine does not count against the page (beside one, the
// journey's reply took 1.7-2.4 s to show; alone 0.6-1.4 s).
const TIMED_BROWSER_TESTS = [
  '<rootDir>/test/e2e/console/journeys.test.ts',
  '<rootDir>/test/e2e/console/customerPage.test.ts',
];

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
      testPathIgnorePatterns: ['/node_modules/', ...LOAD_TESTS, ...CONTAINER_TESTS, ...TIMED_BROWSER_TESTS],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
    {
      displayName: 'browser-timed',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      testMatch: TIMED_BROWSER_TESTS,
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
    {
      displayName: 'containers',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      testMatch: CONTAINER_TESTS.map((folder) => `${folder}**/*.test.ts`),
    },
  ],
};
