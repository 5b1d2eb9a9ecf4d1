import { Badge, type BadgeProps } from '@mantine/core';
import {
  DISTRIBUTION_PATTERNS,
  type EmployeePredikat,
  type OrganisationPredikat,
  type RatingLevel,
} from '@sigap/rules';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Labels of the evaluation's enumerations live in the catalogs under `evaluation.rating`,
 * `evaluation.predikat` and `evaluation.orgPredikat`; the Indonesian ones equal the labels of @sigap/rules
 * (apps/web/test/evaluation-labels.test.ts keeps them equal).
 */

/** The three levels left to right, low to high (the way a scale reads). */
export const RATING_SCALE: readonly RatingLevel[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

/** Light badges only in the palettes whose tinted text keeps AA contrast (theme.ts): blue, green, orange, red. */
export const PREDIKAT_COLOR: Record<EmployeePredikat, string> = {
  SANGAT_BAIK: 'blue',
  BAIK: 'green',
  BUTUH_PERBAIKAN: 'orange',
  KURANG: 'red',
  SANGAT_KURANG: 'red',
};

export const ORG_PREDIKAT_COLOR: Record<OrganisationPredikat, string> = {
  ISTIMEWA: 'blue',
  BAIK: 'green',
  BUTUH_PERBAIKAN: 'orange',
  KURANG: 'red',
  SANGAT_KURANG: 'red',
};

export const RATING_COLOR: Record<RatingLevel, string> = {
  DI_ATAS: 'green',
  SESUAI: 'blue',
  DI_BAWAH: 'orange',
};

export function PredikatBadge({
  predikat,
  size = 'md',
}: {
  predikat: EmployeePredikat;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PREDIKAT_COLOR[predikat]} radius="sm" size={size} tt="none">
      {t(`evaluation.predikat.${predikat}`)}
    </Badge>
  );
}

export function OrgPredikatBadge({
  predikat,
  size = 'md',
}: {
  predikat: OrganisationPredikat | null;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  if (!predikat) {
    return (
      <Badge variant="outline" color="gray" radius="sm" size={size} tt="none">
        {t('evaluation.orgPredikatMissing')}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={ORG_PREDIKAT_COLOR[predikat]} radius="sm" size={size} tt="none">
      {t(`evaluation.orgPredikat.${predikat}`)}
    </Badge>
  );
}

export function RatingBadge({ rating, size = 'md' }: { rating: RatingLevel; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={RATING_COLOR[rating]} radius="sm" size={size} tt="none">
      {t(`evaluation.rating.${rating}`)}
    </Badge>
  );
}

/** "Kurang/Misconduct" may wrap after the slash, never inside a word. */
export const breakAfterSlash = (label: string) => label.replace('/', '/\u200b');

/** The distribution pattern an organisation predikat allows, in words (rules §5.4). */
export function patternLines(t: TFunction, predikat: OrganisationPredikat): string[] {
  return DISTRIBUTION_PATTERNS[predikat].map((b) => {
    const names = b.predikats.map((p) => t(`evaluation.predikat.${p}`)).join(t('evaluation.pattern.andOr'));
    if (b.count !== null) return t('evaluation.pattern.atLeastCount', { names, count: b.count });
    if (b.bound === 'AT_MOST' && b.percent === 0) return t('evaluation.pattern.none', { names });
    return t(b.bound === 'AT_MOST' ? 'evaluation.pattern.atMost' : 'evaluation.pattern.atLeast', {
      names,
      percent: b.percent,
    });
  });
}
