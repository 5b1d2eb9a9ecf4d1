import { SegmentedControl, Stack, Text } from '@mantine/core';
import { KUADRAN, kuadran, type RatingLevel } from '@sigap/rules';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { breakAfterSlash, RATING_SCALE } from './labels.tsx';
import './evaluation.css';

/** One rating (hasil kerja or perilaku kerja): Di Bawah / Sesuai / Di Atas Ekspektasi. */
export function RatingControl({
  label,
  value,
  onChange,
  disabled,
  description,
}: {
  label: string;
  value: RatingLevel | null;
  onChange: (value: RatingLevel) => void;
  disabled?: boolean;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="sm" fw={600} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value as string}
        onChange={(next) => onChange(next as RatingLevel)}
        disabled={disabled}
        fullWidth
        data={RATING_SCALE.map((r) => ({ value: r, label: t(`evaluation.ratingShort.${r}`) }))}
        color={value ? undefined : 'gray'}
      />
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Rules §5.3: the 3×3 kuadran with the cell of the two ratings outlined. */
export function KuadranGrid({
  hasilKerja,
  perilakuKerja,
}: {
  hasilKerja: RatingLevel | null;
  perilakuKerja: RatingLevel | null;
}) {
  const { t } = useTranslation();
  const rows: RatingLevel[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
  const label =
    hasilKerja && perilakuKerja
      ? t('evaluation.kuadran.label', {
          hasil: t(`evaluation.rating.${hasilKerja}`),
          perilaku: t(`evaluation.rating.${perilakuKerja}`),
          predikat: t(`evaluation.predikat.${kuadran(hasilKerja, perilakuKerja)}`),
        })
      : t('evaluation.kuadran.title');
  return (
    <div role="img" aria-label={label}>
      <div className="sigap-kuadran" aria-hidden>
        <div data-head>{t('evaluation.kuadran.corner')}</div>
        {RATING_SCALE.map((c) => (
          <div key={c} data-head>
            {t(`evaluation.ratingShort.${c}`)}
          </div>
        ))}
        {rows.flatMap((r) => [
          <div key={`${r}-head`} data-head>
            {t(`evaluation.ratingShort.${r}`)}
          </div>,
          ...RATING_SCALE.map((c) => (
            <div key={`${r}-${c}`} data-active={r === hasilKerja && c === perilakuKerja ? '' : undefined}>
              {breakAfterSlash(t(`evaluation.predikat.${KUADRAN[r][c]}`))}
            </div>
          )),
        ])}
      </div>
    </div>
  );
}
