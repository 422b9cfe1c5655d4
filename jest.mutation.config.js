/**
 * The unit tests of the decision rules and the meeting's room rule only, for `npm run test:mutation`: Stryker runs them once per
 * mutant of shared/src/voting/{decide,rules}.ts and shared/src/meeting/meeting.ts, so nothing else is loaded.
 */
const unit = require('./jest.config.js').projects.find((p) => p.displayName === 'unit');

module.exports = {
  ...unit,
  testMatch: ['<rootDir>/test/unit/decide.test.ts', '<rootDir>/test/unit/rules.test.ts', '<rootDir>/test/unit/meeting.test.ts'],
};
