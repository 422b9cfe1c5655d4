export * from './errors';
export * from './catalogue';
export * from './consultation/plan';
export * from './consultation/lifecycle';
export * from './membership/roles';
export * from './membership/mask';
export * from './time';
export * from './api';
