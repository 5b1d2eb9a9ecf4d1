import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  IKI_ASPECT_LABELS,
  JPT_PERSPECTIVE_LABELS,
  LAMPIRAN_SECTION_LABELS,
  RHK_CATEGORY_LABELS,
  SKP_APPROACH_LABELS,
  SKP_FORMAT_LABELS,
  SKP_STATUS_LABELS,
} from '@sigap/rules';
import { describe, expect, it } from 'vitest';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../src/locales/${lang}.json`), 'utf8')) as {
    skp: Record<string, Record<string, string>>;
  };

/** The SKP's enumerations are labelled through i18n; in Indonesian they are the labels of @sigap/rules. */
describe('SKP labels', () => {
  const id = catalog('id').skp;
  const en = catalog('en').skp;
  const sets = {
    status: SKP_STATUS_LABELS,
    approach: SKP_APPROACH_LABELS,
    format: SKP_FORMAT_LABELS,
    category: RHK_CATEGORY_LABELS,
    aspect: IKI_ASPECT_LABELS,
    perspective: JPT_PERSPECTIVE_LABELS,
    lampiranSection: LAMPIRAN_SECTION_LABELS,
  } as const;

  it.each(Object.entries(sets))('skp.%s in Indonesian equals the rules and is translated', (key, labels) => {
    expect(id[key]).toEqual(labels);
    expect(Object.keys(en[key] ?? {}).sort()).toEqual(Object.keys(labels).sort());
  });
});
