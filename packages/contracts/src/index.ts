export * from './errors.ts';
export * from './evaluation.ts';
export * from './limits.ts';
export * from './planning.ts';
export * from './realisation.ts';
export * from './schemas.ts';
export * from './voice.ts';
