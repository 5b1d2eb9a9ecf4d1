export * from './nip.ts';
export * from './organisation.ts';
