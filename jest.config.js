/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };

module.exports = {
  testEnvironment: 'node',
  transform,
  // PGlite instances and browsers are heavy; two workers fit the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60_000,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
};
