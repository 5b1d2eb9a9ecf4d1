export * from './evaluation.ts';
export * from './identity.ts';
export * from './monitoring.ts';
export * from './organisation.ts';
export * from './planning.ts';
export * from './voice.ts';
