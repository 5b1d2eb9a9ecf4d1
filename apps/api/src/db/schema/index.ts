export * from './identity.ts';
export * from './organisation.ts';
