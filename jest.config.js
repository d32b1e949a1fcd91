// Tests are TypeScript compiled by SWC in ESM mode; `.js` import specifiers map back to the `.ts` sources.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // Both cores: jest's default leaves one for its own parent process, which only waits; most suites run in-process now.
  maxWorkers: 2,
  // Not the system's temp folder: a test run leaves nothing there.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
  // The slowest suites first, even on a fresh clone, where jest has no times of its own.
  testSequencer: '<rootDir>/test/sequencer.cjs',
};
