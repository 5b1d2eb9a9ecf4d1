import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_STATUS } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../src/locales/${lang}.json`), 'utf8')) as Record<
    string,
    unknown
  >;

/** Every leaf key of a nested catalog, as dotted paths. */
function keys(catalog: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('i18n catalogs', () => {
  const id = load('id');
  const en = load('en');

  it('have exactly the same keys in Indonesian and English', () => {
    const idKeys = keys(id).sort();
    const enKeys = keys(en).sort();
    expect(
      idKeys.filter((k) => !enKeys.includes(k)),
      'missing in en.json',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !idKeys.includes(k)),
      'missing in id.json',
    ).toEqual([]);
    expect(idKeys.length).toBeGreaterThan(50);
  });

  it('have no empty translations', () => {
    for (const [lang, catalog] of [
      ['id', id],
      ['en', en],
    ] as const) {
      const empty = keys(catalog).filter((k) => {
        const value = k
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, `empty in ${lang}.json`).toEqual([]);
    }
  });

  it('translate every API error code', () => {
    const idKeys = new Set(keys(id));
    const missing = Object.keys(ERROR_STATUS).filter((code) => !idKeys.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });
});
