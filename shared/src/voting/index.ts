export * from './rules';
export * from './decide';
export * from './ballots';
export * from './representativesSetting';
