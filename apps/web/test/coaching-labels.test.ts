import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AGREEMENT_SCALE_LABELS,
  COACHING_KIND_LABELS,
  COACHING_STATEMENTS,
  COACHING_STATUS_LABELS,
  COMPETENCIES,
  COMPETENCY_LEVEL_LABELS,
} from '@sigap/rules';
import { describe, expect, it } from 'vitest';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../src/locales/${lang}.json`), 'utf8')) as {
    coaching: Record<string, Record<string, string>>;
  };

/** Coaching's enumerations are labelled through i18n; in Indonesian they are the texts of @sigap/rules. */
describe('coaching labels', () => {
  const id = catalog('id').coaching;
  const en = catalog('en').coaching;
  const sets: Record<string, Readonly<Record<string, string>>> = {
    kind: COACHING_KIND_LABELS,
    status: COACHING_STATUS_LABELS,
    scale: AGREEMENT_SCALE_LABELS,
    level: COMPETENCY_LEVEL_LABELS,
    statement: Object.fromEntries(COACHING_STATEMENTS.map((s) => [s.code, s.text])),
    competencyName: Object.fromEntries(COMPETENCIES.map((c) => [c.code, c.name])),
  };

  it('equal the rules in Indonesian and cover every code in English', () => {
    for (const [name, labels] of Object.entries(sets)) {
      expect(id[name], name).toEqual(labels);
      expect(Object.keys(en[name] ?? {}).sort(), name).toEqual(Object.keys(labels).sort());
    }
  });
});
