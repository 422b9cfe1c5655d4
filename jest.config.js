/** `npm test` runs every project: unit, integration (functions on the embedded store) and e2e (real Chromium). */
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2021', transform: { react: { runtime: 'automatic' } } } }],
};
const moduleNameMapper = {
  '^@shared$': '<rootDir>/shared/src/index.ts',
  '^@shared/(.*)$': '<rootDir>/shared/src/$1',
};
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  moduleNameMapper,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

module.exports = {
  projects: [project('unit'), project('integration'), project('e2e')],
};
