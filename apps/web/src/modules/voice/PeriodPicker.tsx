import { Group, Select, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  convertPeriod,
  type PeriodKind,
  parsePeriod,
  partLabel,
  periodKey,
  quarterOf,
  yearChoices,
} from './survey-period.ts';

interface PeriodPickerProps {
  /** 2026, 2026-S1 or 2026-Q1. */
  value: string;
  onChange: (value: string) => void;
  /** Today in the agency's zone (`yyyy-mm-dd`): the default quarter and the years offered. */
  today: string;
  /** A legend above the three fields (omitted: each field's own label suffices). */
  legend?: string;
}

const KINDS: PeriodKind[] = ['QUARTER', 'SEMESTER', 'YEAR'];

/** Survey period: kind (quarter, semester, year), year and which quarter or semester. */
export function PeriodPicker({ value, onChange, today, legend }: PeriodPickerProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const period = parsePeriod(value) ?? quarterOf(today);
  const currentYear = Number(today.slice(0, 4));
  const parts =
    period.kind === 'QUARTER' ? [1, 2, 3, 4] : period.kind === 'SEMESTER' ? [1, 2] : ([] as number[]);

  const fields = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('voice.period.kind')}
        data={KINDS.map((kind) => ({ value: kind, label: t(`voice.period.kinds.${kind}`) }))}
        value={period.kind}
        onChange={(kind) => {
          if (kind) onChange(periodKey(convertPeriod(period, kind as PeriodKind, today)));
        }}
        allowDeselect={false}
        w={150}
      />
      <Select
        label={t('voice.period.year')}
        data={yearChoices(currentYear, period.year).map((y) => ({ value: String(y), label: String(y) }))}
        value={String(period.year)}
        onChange={(year) => {
          if (year) onChange(periodKey({ ...period, year: Number(year) }));
        }}
        allowDeselect={false}
        w={110}
      />
      {parts.length > 0 ? (
        <Select
          label={period.kind === 'QUARTER' ? t('voice.period.quarter') : t('voice.period.semester')}
          data={parts.map((part) => ({
            value: String(part),
            label: partLabel(t, { ...period, part }),
          }))}
          value={String(period.part)}
          onChange={(part) => {
            if (part) onChange(periodKey({ ...period, part: Number(part) }));
          }}
          allowDeselect={false}
          w={150}
        />
      ) : null}
    </Group>
  );

  if (!legend) return fields;
  return (
    <Stack gap={4} role="group" aria-labelledby={legendId}>
      <Text id={legendId} size="sm" fw={600}>
        {legend}
      </Text>
      {fields}
    </Stack>
  );
}
