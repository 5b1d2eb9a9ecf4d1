export * from './berakhlak.ts';
export * from './nip.ts';
export * from './officer-rating.ts';
export * from './organisation.ts';
export * from './periods.ts';
export * from './skm.ts';
export * from './skp.ts';
export * from './working-days.ts';
