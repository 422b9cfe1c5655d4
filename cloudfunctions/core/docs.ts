/**
 * The documents as stored. Every document belongs to one community except the audit's own keys.
 * One file per context (docs/<context>.ts); what every context keeps (counting marks, the audit log) is in docs/common.ts.
 */
export * from './docs/common';
export * from './docs/member';
export * from './docs/consultation';
export * from './docs/participation';
export * from './docs/voting';
export * from './docs/result';
export * from './docs/meeting';
export * from './docs/suggestion';
export * from './docs/notify';
export * from './docs/street';
export * from './docs/oversight';
export * from './docs/commission';
