export * from './berakhlak.ts';
export * from './nip.ts';
export * from './organisation.ts';
export * from './periods.ts';
export * from './skp.ts';
