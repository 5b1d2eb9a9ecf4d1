import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EMPLOYEE_PREDIKAT_LABELS,
  ORGANISATION_PREDIKAT_LABELS,
  RATING_LEVEL_LABELS,
  ROUNDING_MODES,
} from '@sigap/rules';
import { describe, expect, it } from 'vitest';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../src/locales/${lang}.json`), 'utf8')) as {
    evaluation: Record<string, Record<string, string>>;
  };

/** The evaluation's enumerations are labelled through i18n; in Indonesian they are the texts of @sigap/rules. */
describe('evaluation labels', () => {
  const id = catalog('id').evaluation;
  const en = catalog('en').evaluation;
  const sets: Record<string, Readonly<Record<string, string>>> = {
    rating: RATING_LEVEL_LABELS,
    predikat: EMPLOYEE_PREDIKAT_LABELS,
    orgPredikat: ORGANISATION_PREDIKAT_LABELS,
  };

  it('equal the rules in Indonesian and cover every code in English', () => {
    for (const [name, labels] of Object.entries(sets)) {
      expect(id[name], name).toEqual(labels);
      expect(Object.keys(en[name] ?? {}).sort(), name).toEqual(Object.keys(labels).sort());
    }
  });

  it('name every rounding mode and both violation policies', () => {
    for (const lang of [id, en]) {
      expect(Object.keys(lang.rounding ?? {}).sort()).toEqual([...ROUNDING_MODES].sort());
      expect(Object.keys(lang.policy ?? {}).sort()).toEqual(['BLOCK', 'WARN']);
    }
  });
});
