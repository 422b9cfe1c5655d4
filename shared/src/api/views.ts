/**
 * What the screens receive. Each screen loads with one call that returns one of these.
 * One file per deployed function (views/<function>.ts); what several of them share is in views/common.ts.
 */
export * from './views/common';
export * from './views/account';
export * from './views/member';
export * from './views/consultation';
export * from './views/participation';
export * from './views/voting';
export * from './views/result';
export * from './views/suggestion';
export * from './views/meeting';
export * from './views/screen';
export * from './views/street';
export * from './views/commission';
